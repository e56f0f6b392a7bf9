// Reminders on the real app under dunst: a meeting logged (by the CLI) three
// days ago makes exactly one desktop notification, read back from dunst; the
// Today view lists it; "done" removes it and logs the interaction. Run with
// TZ set to a zone where it is daytime (run.sh does), so quiet hours hold
// nothing back.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { freshDataDir, launch, openContacts, quit, shown } from './app.mjs';

const NOTE = 'renal denervation at ESC 2026';

const dunstctl = (...args) => execFileSync('dunstctl', args).toString().trim();
const notificationCount = () => Number(dunstctl('count', 'displayed')) + Number(dunstctl('count', 'history'));

/** Summary and body of every notification dunst has shown, newest first. */
function notificationTexts() {
  dunstctl('close-all');
  const history = JSON.parse(dunstctl('history'));
  return history.data.flat().map((entry) => `${entry.summary.data}\n${entry.body.data}`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function followUpLine(app) {
  await shown(app, 'today-screen');
  const line = app.$('[data-testid="reminder-line"][data-reminder-id^="follow_up:"]');
  await line.waitForDisplayed({ timeout: 15_000, timeoutMsg: 'the follow-up is not listed on Today' });
  return line;
}

test('a meeting three days ago is notified once, listed on Today, and done logs it', async () => {
  const dataDir = freshDataDir('reminders');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const amara = JSON.parse(cli('contacts', 'add', '--name', 'Dr. Amara Okafor', '--json')).id;
  const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  cli('interactions', 'add', '--contact', String(amara), '--kind', 'meeting', '--at', threeDaysAgo, '--note', NOTE);
  const [due] = JSON.parse(cli('due', '--json'));
  assert.equal(due.kind, 'follow_up');
  assert.equal(due.overdue, true);

  const before = notificationCount();
  let app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await app.waitUntil(async () => notificationCount() > before, {
      timeout: 20_000,
      timeoutMsg: 'no notification reached dunst',
    });
    const [latest] = notificationTexts();
    assert.match(latest, /Amara Okafor/);
    assert.match(latest, /renal denervation/);
    const line = await followUpLine(app);
    assert.match(await line.getText(), /Amara Okafor/);
  } finally {
    await quit(app);
  }

  // Shown once: a restart lists it again but does not notify again.
  const afterFirst = notificationCount();
  app = await launch(dataDir);
  try {
    const line = await followUpLine(app);
    await sleep(4_000);
    assert.equal(notificationCount(), afterFirst, 'the reminder was notified a second time');

    await line.$('[data-testid="reminder-done"]').click();
    await app.waitUntil(
      async () => !(await app.$('[data-testid="reminder-line"][data-reminder-id^="follow_up:"]').isExisting()),
      { timeout: 10_000, timeoutMsg: 'the follow-up stayed on Today after done' },
    );
  } finally {
    await quit(app);
  }

  const profile = JSON.parse(cli('contacts', 'show', String(amara), '--json'));
  assert.equal(profile.interactions.length, 2, 'done should log one interaction');
  assert.match(profile.interactions[0].note, /^Done: /);
  assert.deepEqual(JSON.parse(cli('due', '--json')), []);
});

test('a draft quotes what was said, "sent" logs it, the settings open, the profile sets a cadence', async () => {
  const dataDir = freshDataDir('drafts');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const kenji = JSON.parse(
    cli('contacts', 'add', '--name', 'Dr. Kenji Tanaka', '--email', 'kenji@example.org', '--tag', 'Mentor', '--json'),
  ).id;
  cli('cadence', 'set', '--tag', 'mentor', '--every', '3mo');
  const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  cli('interactions', 'add', '--contact', String(kenji), '--kind', 'call', '--at', threeDaysAgo, '--note', 'the registry for resistant hypertension');
  cli('templates', 'my-name', 'Maria Schmidt');

  const app = await launch(dataDir);
  try {
    const line = await followUpLine(app);
    await line.$('[data-testid="reminder-draft"]').click();
    const body = await shown(app, 'draft-body');
    await app.waitUntil(async () => (await body.getValue()).includes('resistant hypertension'), {
      timeout: 10_000,
      timeoutMsg: 'the draft does not quote the note',
    });
    assert.match(await body.getValue(), /Maria Schmidt/);
    assert.equal(await (await shown(app, 'draft-mail')).isEnabled(), true);
    await (await shown(app, 'draft-sent')).click();
    await app.waitUntil(
      async () => !(await app.$('[data-testid="reminder-line"][data-reminder-id^="follow_up:"]').isExisting()),
      { timeout: 10_000, timeoutMsg: 'the follow-up stayed on Today after the message was sent' },
    );

    await (await shown(app, 'nav-settings')).click();
    await shown(app, 'settings-screen');
    await shown(app, 'template-follow_up');
    await app.waitUntil(async () => (await app.$('[data-testid="my-name"]').getValue()) === 'Maria Schmidt', {
      timeout: 10_000,
      timeoutMsg: 'the settings do not show the name set from the CLI',
    });

    // The profile says what the tag's cadence gives him (tags in any case,
    // as the engine reads them), and sets one of his own.
    await openContacts(app);
    await (await app.$('[data-testid="contact-row"]')).click();
    const hint = await shown(app, 'cadence-hint');
    await app.waitUntil(async () => /every 3 months, as for the tag “mentor”/.test(await hint.getText()), {
      timeout: 10_000,
      timeoutMsg: 'the profile does not say what the "mentor" tag gives him',
    });
    await (await shown(app, 'cadence-choice')).selectByVisibleText('Every month');
    await app.waitUntil(async () => /30 days \(every month\)/.test(await hint.getText()), {
      timeout: 10_000,
      timeoutMsg: 'the profile does not show the cadence set',
    });
  } finally {
    await quit(app);
  }

  const profile = JSON.parse(cli('contacts', 'show', String(kenji), '--json'));
  assert.equal(profile.interactions.length, 2, 'sent should log exactly one interaction');
  assert.match(profile.interactions[0].note, /^Sent /);
  assert.equal(profile.interactions[0].kind, 'message');
  const cadence = JSON.parse(cli('cadence', 'show', '--contact', String(kenji), '--json'));
  assert.deepEqual(cadence, { contact_id: kenji, own_days: 30, holds: { contact_id: kenji, every_days: 30 } });
});
