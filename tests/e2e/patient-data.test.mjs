// The patient-data guard on the real app: a note with "DOB 02/04/1961 MRN
// 4432211" on an interaction raises the warning naming both; Edit keeps the
// form open and saves nothing; Save anyway saves it, as the CLI reads while
// the app is open and after it quits.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { freshDataDir, launch, openContacts, quit, shown } from './app.mjs';

const NOTE = 'Tumour board: DOB 02/04/1961 MRN 4432211';

/** Opens Amara's profile, types the note into a new interaction and saves: the warning shows. */
async function saveTheNote(app) {
  await shown(app, 'app-ready');
  await openContacts(app);
  const row = await app.$('//*[@data-testid="contact-row"][.//*[@data-testid="row-name" and normalize-space()="Amara Okafor"]]');
  await row.waitForDisplayed({ timeout: 10_000 });
  await row.click();
  await (await shown(app, 'log-interaction')).click();
  const form = await shown(app, 'interaction-form');
  await (await form.$('[name="note"]')).setValue(NOTE);
  await (await form.$('[data-testid="save-interaction"]')).click();
  return { form, dialog: await shown(app, 'patient-data-dialog') };
}

test('a note with a date of birth and a record number is caught; Edit saves nothing, Save anyway saves it', async () => {
  const dataDir = freshDataDir('patient-data');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const amara = JSON.parse(cli('contacts', 'add', '--name', 'Amara Okafor', '--json')).id;
  const stored = () => JSON.parse(cli('interactions', 'list', '--contact', String(amara), '--json'));

  const app = await launch(dataDir);
  try {
    const { form, dialog } = await saveTheNote(app);
    const marked = await app.execute(() =>
      [...document.querySelectorAll('[data-testid="patient-data-finding"] mark')].map((mark) => mark.textContent),
    );
    assert.deepEqual(marked, ['DOB 02/04/1961', 'MRN 4432211']);
    assert.match(await dialog.getText(), /date of birth/);

    // Edit: the form stays, with the note, and nothing is stored (a script
    // reads the open book to see).
    await (await dialog.$('[data-testid="patient-data-edit"]')).click();
    await app.waitUntil(async () => !(await (await app.$('[data-testid="patient-data-dialog"]')).isExisting()), {
      timeout: 10_000,
      timeoutMsg: 'the warning did not close on Edit',
    });
    assert.ok(await (await app.$('[data-testid="interaction-form"]')).isDisplayed());
    assert.equal(await (await form.$('[name="note"]')).getValue(), NOTE);
    assert.equal(stored().length, 0, 'Edit saved the interaction');

    // Save anyway: saved, and kept although a script read the book meanwhile.
    await (await form.$('[data-testid="save-interaction"]')).click();
    const again = await shown(app, 'patient-data-dialog');
    await (await again.$('[data-testid="patient-data-save-anyway"]')).click();
    await app.waitUntil(async () => !(await (await app.$('[data-testid="interaction-form"]')).isExisting()), {
      timeout: 10_000,
      timeoutMsg: 'the form did not close after Save anyway',
    });
    assert.deepEqual(
      stored().map(({ note }) => note),
      [NOTE],
      'a script reading the open book sees the note',
    );
  } finally {
    await quit(app);
  }
  assert.deepEqual(
    stored().map(({ note }) => note),
    [NOTE],
  );
});
