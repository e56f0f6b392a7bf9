// Language and region on the real app: Settings → Language and region
// changes how every date and time reads at once, and the choice outlives a
// restart. A key date (23:59 Anywhere on Earth, three days ahead) seeded by
// the CLI reads on Today in German order on a 24 hour clock under de-DE, and
// as en-US writes it on a 12 hour clock; the month grid starts on Sunday when
// that is chosen, on Monday when Monday is.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { day, freshDataDir, launch, openSettings, quit, setValue, shown, texts } from './app.mjs';

function bookCli(dataDir) {
  return (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

/** Intl writes a narrow no-break space before AM/PM and around range dashes: read them as spaces. */
const plain = (text) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');

async function chooseInSettings(app, { locale, time, firstDay }) {
  await openSettings(app, 'locale');
  if (locale !== undefined) await setValue(app, 'locale-choice', locale);
  if (time !== undefined) await (await shown(app, `time-${time}`)).click();
  if (firstDay !== undefined) await (await shown(app, `first-day-${firstDay}`)).click();
}

/** The key date's line on Today: its reason, once it reads as `pattern`. */
async function keyDateReason(app, pattern, message) {
  await (await shown(app, 'nav-today')).click();
  let text = '';
  await app.waitUntil(
    async () => {
      text = plain(await texts(app, 'reminder-line'));
      return pattern.test(text);
    },
    { timeout: 15_000, timeoutMsg: `${message}: ${text}` },
  );
  return text;
}

/** The month grid's weekday headers, left to right. */
async function monthHeaders(app) {
  await (await shown(app, 'nav-calendar')).click();
  await shown(app, 'calendar-title');
  let heads = [];
  await app.waitUntil(
    async () => {
      heads = await app.execute(() =>
        [...document.querySelectorAll('.ec-col-head [aria-label]')].map((e) => e.getAttribute('aria-label')),
      );
      return heads.length >= 7;
    },
    { timeout: 15_000, timeoutMsg: 'the month grid has no weekday headers' },
  );
  return heads.slice(0, 7);
}

test('dates follow Settings → Language and region at once: German order and 24 hours, en-US on 12 hours, the week from Sunday', async () => {
  const dataDir = freshDataDir('locale');
  const cli = bookCli(dataDir);
  const event = JSON.parse(cli('events', 'add', '--title', 'ESC Congress', '--start', `${day(30)}T09:00`, '--end', `${day(30)}T17:00`, '--json')).id;
  cli('events', 'deadline', 'add', '--event', String(event), '--label', 'Abstract submission', '--at', `${day(3)}T23:59`, '--tz', 'AoE');

  let app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');

    await chooseInSettings(app, { locale: 'de-DE', time: 'system' });
    const german = await keyDateReason(app, /due \S+\., \d{1,2}\. \S+, 23:59 AoE/, 'the key date is not written in German order on 24 hours');
    assert.doesNotMatch(german, /\b(AM|PM)\b/);
    assert.match(german, /(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\./, 'the weekday is not German');

    await chooseInSettings(app, { locale: 'en-US', time: 'h12' });
    await keyDateReason(app, /due (Sun|Mon|Tue|Wed|Thu|Fri|Sat), [A-Z][a-z]{2} \d{1,2}, 11:59 PM AoE/, 'the key date is not written as en-US on 12 hours');

    await chooseInSettings(app, { firstDay: 'sunday' });
    assert.deepEqual(await monthHeaders(app), ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
    await chooseInSettings(app, { firstDay: 'monday' });
    assert.deepEqual(await monthHeaders(app), ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    await chooseInSettings(app, { locale: 'de-DE', time: 'h24', firstDay: 'sunday' });
  } finally {
    await quit(app);
  }

  // The choice is this computer's, and is there after a restart.
  app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await keyDateReason(app, /due \S+\., \d{1,2}\. \S+, 23:59 AoE/, 'the German choice did not outlive the restart');
    assert.equal((await monthHeaders(app))[0], 'Sonntag');
  } finally {
    await quit(app);
  }
});
