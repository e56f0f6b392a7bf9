// Memberships on the real app: a society added with a renewal date, its
// member number edited through "Edit", a committee role added, and a
// calendar event (made with the CLI) linked as one of its meetings; the
// event's detail in the calendar then says "Meeting of: <society>", which
// opens Network → Memberships. The CLI reads the same book afterwards.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { day, freshDataDir, launch, quit, setValue, shown, texts } from './app.mjs';

/** Clicks a button, first dismissing a toast that could lie over it (as a user would). */
async function press(app, testId) {
  const button = await shown(app, testId);
  const toast = await app.$('[data-testid="toast"] button[aria-label^="Dismiss"]');
  if (await toast.isExisting()) {
    await toast.click();
    await toast.waitForExist({ reverse: true, timeout: 5_000 });
  }
  await button.click();
}

async function until(app, testId, pattern, message) {
  await app.waitUntil(async () => pattern.test(await texts(app, testId)), { timeout: 15_000, timeoutMsg: message });
}

test('a membership edited, given a committee role and a meeting from the calendar, named on the event', async () => {
  const dataDir = freshDataDir('memberships');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const meetingDay = day(0);
  const meeting = JSON.parse(
    cli('events', 'add', '--title', 'ESC Council meeting', '--start', meetingDay, '--all-day', '--kind', 'meeting', '--json'),
  );
  const renewal = day(40);

  const app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await (await shown(app, 'nav-network')).click();
    await (await shown(app, 'network-tab-memberships')).click();

    // Added with a renewal date.
    await (await shown(app, 'membership-society')).setValue('European Society of Cardiology (ESC)');
    await (await shown(app, 'membership-number')).setValue('40211');
    await setValue(app, 'membership-renews', renewal);
    await (await shown(app, 'membership-add')).click();
    await until(app, 'membership', /European Society of Cardiology[^|]*40211[^|]*Renews/, 'the membership is not listed');

    // Edit: the member number changes, the renewal stays.
    await press(app, 'membership-edit');
    const number = await shown(app, 'membership-edit-number');
    assert.equal(await number.getValue(), '40211');
    await number.setValue('55120');
    await press(app, 'membership-edit-save');
    await until(app, 'membership-number-shown', /55120/, 'the edited member number is not shown');
    await until(app, 'membership', /Renews/, 'the renewal was lost by the edit');

    // A committee role.
    await (await shown(app, 'membership-committee')).setValue('Guidelines Committee');
    await (await shown(app, 'membership-role')).setValue('member');
    await press(app, 'membership-role-add');
    await until(app, 'membership-role-held', /Guidelines Committee, member/, 'the committee role is not shown');

    // The calendar event linked as a meeting: the picker offers it once it has the focus.
    const picker = await shown(app, 'membership-event');
    await app.execute((element) => element.dispatchEvent(new FocusEvent('focus')), picker);
    await app.waitUntil(
      async () => (await app.execute((element) => [...element.options].map((o) => o.value), picker)).includes(String(meeting.id)),
      { timeout: 15_000, timeoutMsg: 'the event is not offered as a meeting' },
    );
    await setValue(app, 'membership-event', String(meeting.id));
    await press(app, 'membership-link');
    await until(app, 'membership-meeting', /ESC Council meeting, /, 'the linked meeting is not on the card');

    // The event's detail names the society, which opens Network → Memberships.
    await (await shown(app, 'nav-calendar')).click();
    await (await shown(app, 'agenda-view')).click();
    await until(app, 'occurrence', /ESC Council meeting/, 'the agenda does not list the meeting');
    await (await app.$('[data-testid="occurrence"]*=ESC Council meeting')).click();
    await shown(app, 'event-detail');
    await until(app, 'event-meeting-of', /Meeting of: European Society of Cardiology \(ESC\)/, 'the event does not name its society');
    await (await app.$('[data-testid="event-meeting-of"] button')).click();
    await app.waitUntil(
      async () => (await (await shown(app, 'network-tab-memberships')).getAttribute('aria-selected')) === 'true',
      { timeout: 15_000, timeoutMsg: '"Meeting of" did not open the Memberships tab' },
    );
    await until(app, 'membership', /55120[^|]*Guidelines Committee, member[^|]*ESC Council meeting/, 'the tab does not show the membership');
  } finally {
    await quit(app);
  }

  const [society] = JSON.parse(cli('memberships', 'list', '--json'));
  assert.equal(society.member_number, '55120');
  assert.equal(society.renews_on, renewal);
  assert.deepEqual(society.roles.map((r) => [r.committee, r.role]), [['Guidelines Committee', 'member']]);
  assert.deepEqual(society.meetings.map((m) => [m.event_id, m.starts_on]), [[meeting.id, meetingDay]]);
});
