// The weekly review and "You" on the real app. A week seeded by the CLI (two
// new colleagues, a meeting, a follow-up done, a referral received, a CME
// credit, an event next week) reads back in Network → This week; the
// weekly review, turned on in Settings → Reminders, is notified (read back
// from dunst) and Today's "Open review" opens it. Then the user fills in
// "You" in Settings: the introduction email signs with their name,
// credentials and pitch, a milestone of their own raises "Update your
// profiles" on Today, and an introduction made three weeks ago has Today's
// "Draft follow-up": how did it go, to both, quoting why, signed. Run with TZ set to a zone where it is daytime (run.sh
// does), so the week's seeds all fall on today and quiet hours hold nothing.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { freshDataDir, launch, openSettings, quit, shown } from './app.mjs';

const dunstctl = (...args) => execFileSync('dunstctl', args).toString().trim();

/** Summary and body of every notification dunst has shown. */
function notificationTexts() {
  dunstctl('close-all');
  const history = JSON.parse(dunstctl('history'));
  return history.data.flat().map((entry) => `${entry.summary.data}\n${entry.body.data}`);
}

const pad = (n) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of the day `offset` days from today, on this machine's calendar. */
function day(offset) {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The text of every element with this data-testid, joined with "|". */
async function texts(app, testId) {
  return app.execute(
    (id) => [...document.querySelectorAll(`[data-testid="${id}"]`)].map((e) => e.textContent.replace(/\s+/g, ' ').trim()).join('|'),
    testId,
  );
}

async function until(app, testId, pattern, message) {
  await app.waitUntil(async () => pattern.test(await texts(app, testId)), { timeout: 15_000, timeoutMsg: message });
}

/** Sets a native control's value (a date picker, a select) as the user's input would. */
async function setValue(app, element, value) {
  await app.execute(
    (field, text) => {
      const prototype =
        field instanceof HTMLSelectElement
          ? HTMLSelectElement.prototype
          : field instanceof HTMLTextAreaElement
            ? HTMLTextAreaElement.prototype
            : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(prototype, 'value').set.call(field, text);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
    element,
    value,
  );
}

function bookCli(dataDir) {
  return (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

test('the week in review shows the week’s numbers, its notification is raised, and Open review opens it', async () => {
  const dataDir = freshDataDir('review');
  const cli = bookCli(dataDir);
  const amara = JSON.parse(cli('contacts', 'add', '--name', 'Dr. Amara Okafor', '--json')).id;
  cli('contacts', 'add', '--name', 'Dr. Hiroshi Tanaka', '--json');
  const anHourAgo = new Date(Date.now() - 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  const meeting = JSON.parse(
    cli('interactions', 'add', '--contact', String(amara), '--kind', 'meeting', '--at', anHourAgo, '--note', 'renal denervation', '--json'),
  ).id;
  // The follow-up of that meeting, done (which logs a message to her).
  cli('remind', 'done', `follow_up:i${meeting}:c${amara}`);
  cli('referrals', 'add', '--contact', String(amara), '--direction', 'received', '--on', day(0), '--specialty', 'Cardiology');
  cli('cme', 'credit', 'add', '--date', day(0), '--title', 'Grand rounds: heart failure', '--type', 'ama-pra-1', '--hours', '1.5');
  // A week from today is in the next week whichever day the user's week starts on.
  const symposium = day(7);
  cli('events', 'add', '--title', 'Heart failure symposium', '--start', `${symposium}T10:00`, '--end', `${symposium}T12:00`);

  const app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await (await shown(app, 'nav-network')).click();
    await (await shown(app, 'network-tab-review')).click();
    await until(app, 'review-contacts', /2 with 1 person \(1 meeting, 1 message\)/, 'the contacts made are not counted');
    assert.match(await texts(app, 'review-follow-ups'), /1 done, 0 dismissed, 0 missed/);
    assert.match(await texts(app, 'review-referrals'), /0 sent, 1 received/);
    assert.match(await texts(app, 'review-new-contacts'), /New contacts\s*2/);
    assert.match(await texts(app, 'review-cme'), /CME hours\s*1\.5/);
    assert.match(await texts(app, 'review-new-list'), /Dr\. Amara Okafor.*Dr\. Hiroshi Tanaka/);
    assert.match(await texts(app, 'review-coming'), /Heart failure symposium/);

    // The weekly review's notification is off until turned on: on yesterday's
    // weekday at its 16:00, it is due now and notified.
    await openSettings(app, 'reminder-settings');
    const row = await shown(app, 'kind-weekly_review');
    const enabled = await row.$('input[type="checkbox"]');
    assert.equal(await enabled.isSelected(), false, 'the weekly review is off by default');
    await enabled.click();
    await setValue(app, await shown(app, 'weekly-review-day'), WEEKDAYS[(new Date().getDay() + 6) % 7]);
    // Saved as it is changed.
    await app.waitUntil(async () => (await (await shown(app, 'reminder-settings-notice')).getText()) === 'Saved', {
      timeout: 10_000,
      timeoutMsg: 'the reminder settings were not saved',
    });
    await app.waitUntil(async () => notificationTexts().some((text) => /Weekly review/.test(text)), {
      timeout: 30_000,
      timeoutMsg: 'the weekly review was not notified',
    });

    await (await shown(app, 'nav-today')).click();
    const line = app.$('[data-testid="reminder-line"][data-reminder-id^="weekly_review:"]');
    await line.waitForDisplayed({ timeout: 15_000, timeoutMsg: 'the weekly review is not on Today' });
    const open = await line.$('[data-testid="reminder-open"]');
    assert.equal(await open.getText(), 'Open review');
    await open.click();
    await shown(app, 'review');
    await until(app, 'review-referrals', /1 received/, 'Open review did not open the week in review');
  } finally {
    await quit(app);
  }
});

test('"You" filled in the app signs the introduction, an own milestone asks to update the profiles, and an introduction three weeks old drafts its follow-up', async () => {
  const dataDir = freshDataDir('presence');
  const cli = bookCli(dataDir);
  const amara = JSON.parse(cli('contacts', 'add', '--name', 'Amara Okafor', '--email', 'amara@example.org', '--json')).id;
  const jonas = JSON.parse(cli('contacts', 'add', '--name', 'Jonas Weber', '--email', 'jonas@example.org', '--json')).id;
  const intro = JSON.parse(
    cli('intros', 'add', '--from', String(amara), '--to', String(jonas), '--reason', 'both run heart-failure trials', '--json'),
  ).id;
  cli('intros', 'status', String(intro), 'asked');
  cli('intros', 'status', String(intro), 'accepted', '--side', 'from');
  cli('intros', 'status', String(intro), 'accepted', '--side', 'to');
  // Another, made three weeks ago: today its follow-up asks how it went.
  const hiroshi = JSON.parse(cli('contacts', 'add', '--name', 'Hiroshi Tanaka', '--email', 'hiroshi@example.org', '--json')).id;
  const made = JSON.parse(
    cli('intros', 'add', '--from', String(amara), '--to', String(hiroshi), '--reason', 'both study the cardiorenal syndrome', '--json'),
  ).id;
  cli('intros', 'status', String(made), 'asked');
  cli('intros', 'status', String(made), 'accepted');
  cli('intros', 'status', String(made), 'introduced', '--on', day(-21));

  const app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await openSettings(app, 'presence');
    const form = await shown(app, 'presence-form');
    await (await shown(app, 'presence-name')).setValue('Jane Doe');
    await form.$('input[name="credentials"]').setValue('MD, FACC');
    await (await shown(app, 'presence-pitch')).setValue('Interventional cardiologist building a heart-failure network');
    await (await shown(app, 'presence-save')).click();
    await form.$('[role="status"]').waitForDisplayed({ timeout: 10_000, timeoutMsg: 'You was not saved' });

    // A milestone of one's own two days ago: the day after, update the profiles.
    const milestone = await shown(app, 'own-milestone-form');
    await milestone.$('input[aria-label="What happened"]').setValue('Board certified in cardiology');
    await setValue(app, await milestone.$('input[aria-label="When"]'), day(-2));
    await milestone.$('button[type="submit"]').click();
    await app.waitUntil(async () => (await app.execute(() => document.querySelector('.milestones')?.textContent ?? '')).includes('Board certified'), {
      timeout: 10_000,
      timeoutMsg: 'the milestone is not listed',
    });

    // The introduction email to both signs with what You holds.
    await (await shown(app, 'nav-network')).click();
    await (await shown(app, 'network-tab-intros')).click();
    const row = await shown(app, 'intro-row');
    await (await row.$('button.primary')).click();
    await until(
      app,
      'intro-draft',
      /Why I think you should meet: both run heart-failure trials.*Jane Doe.*MD, FACC.*Interventional cardiologist building a heart-failure network/,
      'the introduction email does not sign with You',
    );

    await (await shown(app, 'nav-today')).click();
    const prompt = app.$('[data-testid="reminder-line"][data-reminder-id^="profile_update:"]');
    await prompt.waitForDisplayed({ timeout: 15_000, timeoutMsg: 'the update-your-profiles prompt is not on Today' });
    const text = await prompt.getText();
    assert.match(text, /Update your profiles/);
    assert.match(text, /Board certified in cardiology/);

    // The introduction of three weeks ago: Draft follow-up writes to both, quoting why, signed.
    const followUp = app.$('[data-testid="reminder-line"][data-reminder-id^="intro_follow_up:"]');
    await followUp.waitForDisplayed({ timeout: 15_000, timeoutMsg: 'the introduction’s follow-up is not on Today' });
    assert.match(await followUp.getText(), /Ask Amara Okafor how the introduction to Hiroshi Tanaka went/);
    const draft = await followUp.$('[data-testid="reminder-draft"]');
    assert.equal(await draft.getText(), 'Draft follow-up');
    await draft.click();
    const subject = await shown(app, 'draft-subject');
    await app.waitUntil(async () => (await subject.getValue()) === 'How did the introduction go?', {
      timeout: 10_000,
      timeoutMsg: 'the follow-up draft is not "How did the introduction go?"',
    });
    assert.match(await texts(app, 'draft-to'), /To amara@example\.org, hiroshi@example\.org/);
    const body = await (await shown(app, 'draft-body')).getValue();
    assert.match(body, /^Dear Amara and Hiroshi,/);
    assert.match(body, /Why I thought you should meet: both study the cardiorenal syndrome/);
    assert.match(body, /Jane Doe$/);
  } finally {
    await quit(app);
  }
});
