// The calendar and CME on the real app: add a conference with a key date in
// Anywhere on Earth and two people to meet, record a credit with a
// certificate chosen in the native file dialog, and watch the cycle's
// progress change; then the CLI reads the same data.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { answerFileDialog, day, freshDataDir, launch, quit, shown } from './app.mjs';

/**
 * Sets a form control's value as the user's input would (date and time
 * pickers and selects are native widgets WebDriver cannot type into reliably).
 */
async function setField(app, scope, name, value) {
  const field = await app.$(`[data-testid="${scope}"] [name="${name}"]`);
  await field.waitForDisplayed({ timeout: 10_000 });
  await app.execute(
    (element, text) => {
      const prototype = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(prototype, 'value').set.call(element, text);
      element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
    },
    field,
    value,
  );
}

/** The rendered text of the element with this data-testid (ellipsised text included). */
async function textOf(app, testId) {
  const element = await shown(app, testId);
  return app.execute((el) => el.textContent.replace(/\s+/g, ' ').trim(), element);
}

/** Picks a contact in the person form by typing their name and pressing Enter. */
async function addPersonToMeet(app, name, goal) {
  await (await shown(app, 'person-to-meet-add')).click();
  const search = await app.$('#person-to_meet');
  await search.waitForDisplayed({ timeout: 10_000 });
  await search.setValue(name);
  await app.keys('Enter');
  await app.waitUntil(async () => (await app.$('[data-testid="person-to_meet-chosen"]').isExisting()), {
    timeout: 10_000,
    timeoutMsg: `${name} was not picked`,
  });
  await (await app.$('[data-testid="person-form"] [name="note"]')).setValue(goal);
  await (await shown(app, 'person-save')).click();
  await app.waitUntil(
    async () =>
      (await app.execute(() =>
        [...document.querySelectorAll('[data-testid="person-row"][data-role="to_meet"]')].map((row) => row.textContent),
      )).some((text) => text.includes(name)),
    { timeout: 10_000, timeoutMsg: `${name} is not listed among the people to meet` },
  );
}

test('a conference with a deadline and people to meet, a credit with a certificate, and the cycle moves', async () => {
  const dataDir = freshDataDir('calendar');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  cli('contacts', 'add', '--name', 'Amara Okafor', '--specialty', 'Cardiology');
  cli('contacts', 'add', '--name', 'Hiroshi Tanaka', '--specialty', 'Nephrology');
  const certificate = join(mkdtempSync(join(tmpdir(), 'curbside-e2e-cert-')), 'esc-certificate.pdf');
  writeFileSync(certificate, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

  const start = day(3);
  const app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');

    // A conference three days from now, in Berlin.
    await (await shown(app, 'nav-calendar')).click();
    await (await shown(app, 'new-event-button')).click();
    await shown(app, 'event-form');
    await (await app.$('[data-testid="event-form"] [name="title"]')).setValue('ESC Congress');
    await setField(app, 'event-form', 'start', `${start}T09:00`);
    await setField(app, 'event-form', 'end', `${start}T17:30`);
    await setField(app, 'event-form', 'time_zone', 'Europe/Berlin');
    await setField(app, 'event-form', 'kind', 'conference');
    await setField(app, 'event-form', 'status', 'registered');
    await (await shown(app, 'event-save')).click();
    // Shown on the venue's clock and on this machine's.
    assert.match(await textOf(app, 'event-detail'), /ESC Congress[\s\S]*9:00 AM[^]*Europe\/Berlin[^]*your time/);

    // An abstract deadline in Anywhere on Earth.
    await (await shown(app, 'deadline-add')).click();
    await shown(app, 'deadline-form');
    await (await app.$('[data-testid="deadline-form"] [name="label"]')).setValue('Late-breaking abstracts');
    await setField(app, 'deadline-form', 'kind', 'late_breaking_abstract');
    await setField(app, 'deadline-form', 'due', `${day(1)}T23:59`);
    await setField(app, 'deadline-form', 'time_zone', 'AoE');
    await (await shown(app, 'deadline-save')).click();
    assert.match(await textOf(app, 'deadline-row'), /Late-breaking abstracts[\s\S]*Anywhere on Earth/);

    // Two people to meet there, each with a goal.
    await addPersonToMeet(app, 'Amara Okafor', 'Ask about the registry');
    await addPersonToMeet(app, 'Hiroshi Tanaka', 'Invite to grand rounds');

    // The agenda lists it, and the deadlines list has the key date.
    await (await shown(app, 'agenda-view')).click();
    await app.waitUntil(
      async () => (await app.execute(() => [...document.querySelectorAll('[data-testid="occurrence"]')].map((e) => e.textContent).join('|'))).includes('ESC Congress'),
      { timeout: 10_000, timeoutMsg: 'the agenda does not list the conference' },
    );
    await (await shown(app, 'deadlines-view')).click();
    assert.match(await textOf(app, 'upcoming-deadline'), /Late-breaking abstracts[\s\S]*ESC Congress/);

    // CME: a cycle, then a credit with its certificate; the progress moves.
    await (await shown(app, 'nav-cme')).click();
    await (await shown(app, 'new-cycle-button')).click();
    await shown(app, 'cycle-form');
    await (await app.$('[data-testid="cycle-form"] [name="name"]')).setValue('State license');
    await setField(app, 'cycle-form', 'starts_on', day(-300));
    await setField(app, 'cycle-form', 'ends_on', day(400));
    await (await app.$('[data-testid="cycle-form"] [name="total_hours"]')).setValue('50');
    await (await shown(app, 'cycle-save')).click();
    await shown(app, 'cycle-progress');
    assert.match(await textOf(app, 'progress-earned'), /\b0 of 50 h/);

    await (await shown(app, 'new-credit-button')).click();
    await shown(app, 'credit-form');
    await (await app.$('[data-testid="credit-form"] [name="title"]')).setValue('ESC Congress sessions');
    await setField(app, 'credit-form', 'earned_on', day(-1));
    await setField(app, 'credit-form', 'credit_type', 'ama_pra_1');
    await (await app.$('[data-testid="credit-form"] [name="hours"]')).setValue('7.5');
    await (await shown(app, 'credit-save')).click();
    await shown(app, 'credit-row');
    await app.waitUntil(async () => /\b7\.5 of 50 h/.test(await textOf(app, 'progress-earned')), {
      timeout: 10_000,
      timeoutMsg: 'the cycle did not count the new credit',
    });
    assert.match(await textOf(app, 'progress-missing'), /42\.5/);

    await (await shown(app, 'attach-certificate')).click();
    await answerFileDialog('Attach a certificate', certificate);
    assert.match(await textOf(app, 'certificate-link'), /esc-certificate\.pdf/);
  } finally {
    await quit(app);
  }

  // The CLI sees what the window stored.
  const [event] = JSON.parse(cli('events', 'list', '--from', day(0), '--to', day(10), '--json'));
  assert.equal(event.title, 'ESC Congress');
  assert.equal(event.status, 'registered');
  assert.match(event.start, new RegExp(`^${start}T09:00:00\\+0[12]:00\\[Europe/Berlin\\]$`));
  const detail = JSON.parse(cli('events', 'show', String(event.event_id), '--json'));
  assert.equal(detail.people.filter((person) => person.role === 'to_meet').length, 2);
  assert.equal(detail.deadlines[0].time_zone, 'AoE');
  const [cycle] = JSON.parse(cli('cme', 'status', '--json'));
  assert.equal(cycle.total.earned, 7.5);
  assert.equal(cycle.total.missing, 42.5);
  const [credit] = JSON.parse(cli('cme', 'credit', 'list', '--json'));
  assert.equal(credit.certificates[0].media_type, 'application/pdf');
});
