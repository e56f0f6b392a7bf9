// Reminders on the real app under dunst: a meeting logged (by the CLI) three
// days ago makes exactly one desktop notification, read back from dunst; the
// Today view lists it; "done" removes it and logs the interaction, and
// Ctrl+Z takes that back (the line returns, the interaction goes); an
// overdue stay-in-touch prompt dismissed on Today stays away. Run with
// TZ set to a zone where it is daytime (run.sh does), so quiet hours hold
// nothing back.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { day, freshDataDir, launch, openContacts, openSettings, quit, setValue, shown } from './app.mjs';

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

const followUpSelector = (contact) =>
  `[data-testid="reminder-line"][data-reminder-id^="follow_up:"]${contact === null ? '' : `[data-reminder-id$=":c${contact}"]`}`;

/** Picks `action` (reminder-done, reminder-dismiss…) in the menu of a Today line. */
async function chooseOnLine(line, action) {
  await line.$('[data-testid="reminder-menu"]').click();
  const item = line.$(`[data-testid="line-menu"] [data-testid="${action}"]`);
  await item.waitForDisplayed({ timeout: 5_000, timeoutMsg: `the line's menu has no ${action}` });
  await item.click();
}

/** The follow-up line (about `contact`, when given), once Today lists it. */
async function followUpLine(app, contact = null) {
  await shown(app, 'today-screen');
  const line = app.$(followUpSelector(contact));
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

  // Shown once: a restart lists it again but does not notify again. The
  // app does not watch for the CLI's writes, so Dr. Santos's meeting, new
  // while it was closed, is what its first look after the restart finds:
  // exactly one more notification, hers, proves the scheduler has looked
  // (waiting a fixed time would pass before it had).
  const afterFirst = notificationCount();
  const bea = JSON.parse(cli('contacts', 'add', '--name', 'Dr. Bea Santos', '--json')).id;
  cli('interactions', 'add', '--contact', String(bea), '--kind', 'call', '--at', threeDaysAgo, '--note', 'the registry');
  app = await launch(dataDir);
  try {
    await app.waitUntil(async () => notificationCount() > afterFirst, {
      timeout: 20_000,
      timeoutMsg: 'the scheduler did not look after the restart: the new follow-up was not notified',
    });
    const [latest] = notificationTexts();
    assert.match(latest, /Bea Santos/);
    assert.doesNotMatch(latest, /Amara Okafor/, 'the reminder already shown was notified again');
    const line = await followUpLine(app, amara);
    await sleep(1_000);
    assert.equal(notificationCount(), afterFirst + 1, 'more than the one new reminder was notified');

    // Done is in the line's menu (its main action drafts the message).
    assert.equal(await line.$('[data-testid="reminder-draft"]').getText(), 'Draft follow-up');
    await chooseOnLine(line, 'reminder-done');
    await app.waitUntil(
      async () => !(await app.$(followUpSelector(amara)).isExisting()),
      { timeout: 10_000, timeoutMsg: 'the follow-up stayed on Today after done' },
    );
    const toast = await shown(app, 'undo-toast', 5_000);
    assert.match(await toast.getText(), /Done: .*Amara Okafor/);

    // Ctrl+Z takes it back: the line returns and the interaction done logged goes.
    await app.keys(['Control', 'z']);
    await app.$(followUpSelector(amara)).waitForDisplayed({
      timeout: 10_000,
      timeoutMsg: 'Ctrl+Z did not bring the follow-up back',
    });
    const undone = JSON.parse(cli('contacts', 'show', String(amara), '--json'));
    assert.equal(undone.interactions.length, 1, 'undo should remove the interaction done logged');
    assert.ok(
      JSON.parse(cli('due', '--json')).some((reminder) => reminder.kind === 'follow_up' && reminder.contact_id === amara),
      'the CLI does not find the follow-up due again after undo',
    );

    await chooseOnLine(await followUpLine(app, amara), 'reminder-done');
    await app.waitUntil(
      async () => !(await app.$(followUpSelector(amara)).isExisting()),
      { timeout: 10_000, timeoutMsg: 'the follow-up stayed on Today after done, the second time' },
    );
  } finally {
    await quit(app);
  }

  const profile = JSON.parse(cli('contacts', 'show', String(amara), '--json'));
  assert.equal(profile.interactions.length, 2, 'done should log one interaction');
  assert.match(profile.interactions[0].note, /^Done: /);
  assert.deepEqual(
    JSON.parse(cli('due', '--json')).map((reminder) => reminder.kind),
    ['follow_up'],
    "only Dr. Santos's follow-up is left",
  );
});

test('an overdue stay-in-touch prompt dismissed on Today stays away, and the CLI agrees', async () => {
  const dataDir = freshDataDir('dismiss');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  // Four fortnightly cadences missed: dismissing the first used to bring
  // the prompt straight back with the second's date. (The next one, two
  // weeks after the dismissal, is beyond the week Today lists.)
  const wei = JSON.parse(cli('contacts', 'add', '--name', 'Dr. Wei Chen', '--json')).id;
  cli('cadence', 'set', '--contact', String(wei), '--every', '14d');
  const twoMonthsAgo = new Date(Date.now() - 60 * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  cli('interactions', 'add', '--contact', String(wei), '--kind', 'email', '--at', twoMonthsAgo, '--note', 'the echo course');
  // A follow-up too: its line shows that Today has loaded.
  const amara = JSON.parse(cli('contacts', 'add', '--name', 'Dr. Amara Okafor', '--json')).id;
  const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  cli('interactions', 'add', '--contact', String(amara), '--kind', 'meeting', '--at', threeDaysAgo, '--note', NOTE);
  const stayInTouch = `[data-testid="reminder-line"][data-reminder-id^="stay_in_touch:c${wei}:"]`;

  let app = await launch(dataDir);
  try {
    await followUpLine(app);
    const line = app.$(stayInTouch);
    await line.waitForDisplayed({ timeout: 15_000, timeoutMsg: "Dr. Chen's stay-in-touch prompt is not on Today" });
    await chooseOnLine(line, 'reminder-dismiss');
    await app.waitUntil(async () => !(await app.$(stayInTouch).isExisting()), {
      timeout: 10_000,
      timeoutMsg: 'the stay-in-touch prompt stayed on Today after dismiss',
    });
    await sleep(1_000);
    assert.equal(await app.$(stayInTouch).isExisting(), false, 'the prompt came back after the reload that follows dismiss');
  } finally {
    await quit(app);
  }

  app = await launch(dataDir);
  try {
    await followUpLine(app);
    assert.equal(await app.$(stayInTouch).isExisting(), false, 'the dismissed prompt is back after a restart');
  } finally {
    await quit(app);
  }
  const due = JSON.parse(cli('due', '--json'));
  assert.deepEqual(
    due.filter((reminder) => reminder.kind === 'stay_in_touch'),
    [],
    'the CLI still finds a stay-in-touch prompt',
  );
  assert.deepEqual(due.map((reminder) => reminder.kind), ['follow_up']);
});

test('a draft quotes the topic of what was said, "sent" logs it, the settings open, the profile sets a cadence', async () => {
  const dataDir = freshDataDir('drafts');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const kenji = JSON.parse(
    cli('contacts', 'add', '--name', 'Dr. Kenji Tanaka', '--email', 'kenji@example.org', '--tag', 'Mentor', '--json'),
  ).id;
  cli('cadence', 'set', '--tag', 'mentor', '--every', '3mo');
  const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  cli(
    'interactions', 'add', '--contact', String(kenji), '--kind', 'call', '--at', threeDaysAgo,
    '--topic', 'the registry for resistant hypertension', '--note', 'Wants the protocol by Friday',
  );
  cli('templates', 'my-name', 'Maria Schmidt');

  const app = await launch(dataDir);
  try {
    const line = await followUpLine(app);
    await line.$('[data-testid="reminder-draft"]').click();
    const body = await shown(app, 'draft-body');
    await app.waitUntil(async () => (await body.getValue()).includes('resistant hypertension'), {
      timeout: 10_000,
      timeoutMsg: 'the draft does not quote the topic',
    });
    assert.match(await body.getValue(), /Maria Schmidt/);
    assert.doesNotMatch(await body.getValue(), /protocol by Friday/, 'a private note is never pasted into a draft');
    assert.equal(await (await shown(app, 'draft-mail')).isEnabled(), true);
    await (await shown(app, 'draft-sent')).click();
    await app.waitUntil(
      async () => !(await app.$('[data-testid="reminder-line"][data-reminder-id^="follow_up:"]').isExisting()),
      { timeout: 10_000, timeoutMsg: 'the follow-up stayed on Today after the message was sent' },
    );

    await openSettings(app, 'templates');
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

test('notifications write times on the clock chosen in Settings → Language and region, also after a restart', async () => {
  const dataDir = freshDataDir('reminders-clock');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const event = JSON.parse(cli('events', 'add', '--title', 'ESC Congress', '--start', `${day(40)}T09:00`, '--end', `${day(40)}T17:00`, '--json')).id;
  /** A key date five days ahead: its seven-day reminder is two days overdue, so the next start notifies it. */
  const keyDate = (label, time) =>
    cli('events', 'deadline', 'add', '--event', String(event), '--label', label, '--at', `${day(5)}T${time}`, '--tz', 'AoE');
  const chooseClock = async (app, time) => {
    await openSettings(app, 'locale');
    await setValue(app, 'locale-choice', 'en-US');
    await (await shown(app, `time-${time}`)).click();
  };
  /** The newest notification of the key date called `label`. */
  const notified = async (app, label, before) => {
    let latest = '';
    await app.waitUntil(
      async () => {
        if (notificationCount() <= before) return false;
        latest = notificationTexts().find((text) => text.includes(label)) ?? '';
        return latest !== '';
      },
      { timeout: 20_000, timeoutMsg: `the key date "${label}" was not notified` },
    );
    return latest;
  };

  let app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await chooseClock(app, 'h24');
  } finally {
    await quit(app);
  }

  keyDate('Abstract submission', '23:59');
  let before = notificationCount();
  app = await launch(dataDir);
  try {
    const text = await notified(app, 'Abstract submission', before);
    assert.match(text, /23:59 AoE/, `a 24 hour notification: ${text}`);
    await chooseClock(app, 'h12');
  } finally {
    await quit(app);
  }

  // Kept by the shell: the start notifies on the 12 hour clock.
  keyDate('Late-breaking abstracts', '22:30');
  before = notificationCount();
  app = await launch(dataDir);
  try {
    const text = await notified(app, 'Late-breaking abstracts', before);
    assert.match(text, /10:30 PM AoE/, `a 12 hour notification: ${text}`);
  } finally {
    await quit(app);
  }
});
