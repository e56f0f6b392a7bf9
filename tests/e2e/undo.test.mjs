// Undo on the real app: a contact deleted from their profile comes back
// with Ctrl+Z, interactions included, a merge taken back with the toast's
// Undo leaves both cards as they were, and so does one occurrence removed
// from a weekly series; the CLI reads the book after.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { freshDataDir, launch, listedNames, openContacts, quit, shown } from './app.mjs';

const cliOn = (dataDir) => (...args) =>
  execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/** The contact list's row for `name`. */
const rowOf = (app, name) =>
  app.$(`//*[@data-testid="contact-row"][.//*[@data-testid="row-name" and normalize-space()="${name}"]]`);

test('a contact deleted from their profile comes back with Ctrl+Z, with their interactions', async () => {
  const dataDir = freshDataDir('undo-delete');
  const cli = cliOn(dataDir);
  const amara = JSON.parse(cli('contacts', 'add', '--name', 'Amara Okafor', '--email', 'amara@example.org', '--json')).id;
  cli('contacts', 'add', '--name', 'Ben Carter');
  cli('interactions', 'add', '--contact', String(amara), '--kind', 'meeting', '--note', 'Wants to join the journal club');

  const app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await openContacts(app);
    const row = await rowOf(app, 'Amara Okafor');
    await row.waitForDisplayed({ timeout: 10_000 });
    await row.click();
    await shown(app, 'contact-detail');

    await (await shown(app, 'delete-contact')).click();
    await app.waitUntil(async () => !(await listedNames(app)).includes('Amara Okafor'), {
      timeout: 10_000,
      timeoutMsg: 'the deleted contact is still listed',
    });
    assert.match(await (await shown(app, 'undo-toast')).getText(), /Deleted Amara Okafor/);
    assert.equal(JSON.parse(cli('contacts', 'list', '--json')).length, 1);

    await app.keys(['Control', 'z']);
    await app.waitUntil(async () => (await listedNames(app)).includes('Amara Okafor'), {
      timeout: 10_000,
      timeoutMsg: 'Ctrl+Z did not bring the contact back',
    });
    await shown(app, 'timeline');
    const timeline = await app.execute(() =>
      [...document.querySelectorAll('[data-testid="timeline-item"]')].map((item) => item.textContent),
    );
    assert.equal(timeline.length, 1);
    assert.match(timeline[0], /journal club/);
  } finally {
    await quit(app);
  }
  const back = JSON.parse(cli('contacts', 'show', String(amara), '--json'));
  assert.equal(back.id, amara, 'the same id');
  assert.deepEqual(back.emails, ['amara@example.org']);
  assert.equal(JSON.parse(cli('interactions', 'list', '--contact', String(amara), '--json')).length, 1);
});

test('a merge taken back with Undo leaves both cards as they were', async () => {
  const dataDir = freshDataDir('undo-merge');
  const cli = cliOn(dataDir);
  cli('contacts', 'add', '--name', 'Kofi Quartey', '--phone', '+233 20 123 4567', '--email', 'kofi@example.org');
  cli('contacts', 'add', '--name', 'Dr Kofi Quartey', '--phone', '+233 20 123 4567', '--specialty', 'Nephrology');
  const before = JSON.parse(cli('contacts', 'list', '--json'));
  assert.equal(before.length, 2);

  const app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await (await shown(app, 'nav-duplicates')).click();
    await shown(app, 'duplicate-pair');
    await (await shown(app, 'duplicate-review')).click();
    await shown(app, 'merge-view');
    await (await shown(app, 'merge-confirm')).click();
    await app.waitUntil(async () => (await app.$$('[data-testid="duplicate-pair"]')).length === 0, {
      timeout: 10_000,
      timeoutMsg: 'the merged pair is still listed',
    });
    assert.equal(JSON.parse(cli('contacts', 'list', '--json')).length, 1);

    await (await shown(app, 'undo-button')).click();
    await shown(app, 'duplicate-pair', 10_000);
  } finally {
    await quit(app);
  }
  assert.deepEqual(JSON.parse(cli('contacts', 'list', '--json')), before);
});

test('one occurrence removed from a weekly series comes back with Undo', async () => {
  const dataDir = freshDataDir('undo-occurrence');
  const cli = cliOn(dataDir);
  // Three Mondays or whatever weekday the 1st is, all in this month: the agenda lists the month.
  const month = new Date().toISOString().slice(0, 7);
  cli('events', 'add', '--title', 'Grand rounds', '--start', `${month}-01T09:00`, '--repeat', 'FREQ=WEEKLY;COUNT=3');
  const listed = () =>
    JSON.parse(cli('events', 'list', '--from', `${month}-01`, '--to', `${month}-28`, '--json')).length;
  assert.equal(listed(), 3);
  const rounds = (app) => app.$$('//*[@data-testid="occurrence"][contains(., "Grand rounds")]');
  const showing = (app, count, what) =>
    app.waitUntil(async () => (await rounds(app)).length === count, { timeout: 15_000, timeoutMsg: what });

  const app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await (await shown(app, 'nav-calendar')).click();
    await (await shown(app, 'agenda-view')).click();
    await showing(app, 3, 'the agenda does not list the three rounds');
    await (await rounds(app))[1].click();
    await shown(app, 'event-detail');
    await (await shown(app, 'event-delete')).click();
    await (await shown(app, 'scope-one')).click();
    await showing(app, 2, 'the removed occurrence is still listed');
    assert.match(await (await shown(app, 'undo-toast')).getText(), /Occurrence removed/);
    assert.equal(listed(), 2);

    await (await shown(app, 'undo-button')).click();
    await showing(app, 3, 'Undo did not bring the occurrence back');
  } finally {
    await quit(app);
  }
  assert.equal(listed(), 3);
});
