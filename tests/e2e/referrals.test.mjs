// The referral ledger on the real app: log a referral received from a
// colleague in Network → Referrals (picked by name, today by default), see it
// in the ledger and on the colleague's profile, and read what was stored back
// through the CLI; Today then asks to thank her, and "Draft thanks" drafts
// the thank-you.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { freshDataDir, launch, quit, shown } from './app.mjs';

/** Today on this computer's calendar, as the app's form fills it in. */
function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

test('a received referral logged in the app is in the ledger, on the profile, in the CLI, and asks on Today to be thanked', async () => {
  const dataDir = freshDataDir('referrals');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const anna = JSON.parse(cli('contacts', 'add', '--name', 'Anna Berg', '--specialty', 'Cardiology', '--json')).id;

  const app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await (await shown(app, 'nav-network')).click();
    await (await shown(app, 'network-tab-referrals')).click();
    await shown(app, 'referrals-tab');
    await (await shown(app, 'log-referral')).click();
    const form = await shown(app, 'referral-form');
    await (await form.$('#referral-contact')).setValue('Anna');
    const choice = await app.$('//*[@data-testid="referral-form"]//button[normalize-space()="Anna Berg"]');
    await choice.waitForDisplayed({ timeout: 10_000 });
    await choice.click();
    await shown(app, 'referral-contact-chosen');
    await (await form.$('[name="note"]')).setValue('Fitted in the same week');
    await (await form.$('[data-testid="save-referral"]')).click();

    await app.waitUntil(
      async () =>
        (await app.execute(() => [...document.querySelectorAll('[data-testid="referral-row"]')].map((row) => row.textContent))).some(
          (text) => text.includes('Anna Berg') && text.includes('Received') && text.includes('Cardiology'),
        ),
      { timeout: 10_000, timeoutMsg: 'the logged referral is not in the ledger' },
    );
    const perColleague = await shown(app, 'referrals-per-colleague');
    assert.match(await perColleague.getText(), /Anna Berg/);

    // Her profile lists it too.
    await (await app.$('//*[@data-testid="referral-row"]//button[normalize-space()="Anna Berg"]')).click();
    const line = await shown(app, 'profile-referral');
    assert.match(await line.getText(), /Received .*Fitted in the same week/);

    // Today asks to thank her, and "Draft thanks" gives a draft that does.
    await (await shown(app, 'nav-today')).click();
    const thanks = app.$('[data-testid="reminder-line"][data-reminder-id^="referral_thanks:"]');
    await thanks.waitForDisplayed({ timeout: 30_000, timeoutMsg: 'no thank-you for the referral on Today' });
    assert.match(await thanks.getText(), /Thank Anna Berg for the referral/);
    const draft = await thanks.$('[data-testid="reminder-draft"]');
    assert.equal(await draft.getText(), 'Draft thanks');
    await draft.click();
    const body = await shown(app, 'draft-body');
    await app.waitUntil(async () => /Thank you for thinking of me with this referral/.test(await body.getValue()), {
      timeout: 10_000,
      timeoutMsg: 'the draft does not thank her for the referral',
    });
    assert.match(await (await shown(app, 'draft-subject')).getValue(), /Thank you for the referral/);
  } finally {
    await quit(app);
  }

  const stored = JSON.parse(cli('referrals', 'list', '--json'));
  assert.equal(stored.length, 1);
  assert.deepEqual(
    { contact_id: stored[0].contact_id, direction: stored[0].direction, on: stored[0].on, specialty: stored[0].specialty, note: stored[0].note },
    { contact_id: anna, direction: 'received', on: today(), specialty: 'Cardiology', note: 'Fitted in the same week' },
  );
});
