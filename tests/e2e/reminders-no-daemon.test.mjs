// With no D-Bus session at all (no notification daemon, no keyring) a due
// reminder cannot be notified; the app must still start, unlock with the
// passphrase and list the reminder on Today.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { freshDataDir, launch, quit, shown } from './app.mjs';

const PASSPHRASE = 'rounds at seven sharp';

test('without a notification daemon the app starts and lists what is due', async () => {
  const dataDir = freshDataDir('no-daemon');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CURBSIDE_PASSPHRASE: PASSPHRASE },
    }).toString();
  const lena = JSON.parse(cli('contacts', 'add', '--name', 'Dr. Lena Fischer', '--json')).id;
  const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  cli('interactions', 'add', '--contact', String(lena), '--kind', 'call', '--at', threeDaysAgo, '--note', 'a referral for resistant hypertension');

  const app = await launch(dataDir);
  try {
    await (await shown(app, 'passphrase')).setValue(PASSPHRASE);
    await (await shown(app, 'unlock-submit')).click();
    await shown(app, 'today-screen');
    const line = app.$('[data-testid="reminder-line"][data-reminder-id^="follow_up:"]');
    await line.waitForDisplayed({ timeout: 15_000, timeoutMsg: 'the follow-up is not listed on Today' });
    assert.match(await line.getText(), /Lena Fischer/);
    // The app still answers: the contacts screen opens.
    await (await shown(app, 'nav-contacts')).click();
    await shown(app, 'contact-list', 5_000);
  } finally {
    await quit(app);
  }
});
