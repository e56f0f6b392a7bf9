// The real app with a real Secret Service (gnome-keyring) and notification
// daemon (dunst) running: first launch keeps the key in the keyring, a
// contact made in the UI survives a restart, and no passphrase is asked.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { answerFileDialog, fill, freshDataDir, launch, listedNames, newContact, quit, shown, passWelcome } from './app.mjs';

const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;

test('a contact made in the UI survives a restart, with the key in the Secret Service', async () => {
  const dataDir = freshDataDir('keyring');
  let app = await launch(dataDir);
  try {
    // First run: the key saved to a file through the real save dialog, then
    // the welcome, whose name and credentials sign the drafts.
    const recovery = await shown(app, 'recovery-key');
    const shownKey = await recovery.getText();
    assert.match(shownKey, /^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
    const keyFile = join(dataDir, '..', 'my-curbside-key.txt');
    await (await shown(app, 'recovery-save')).click();
    await answerFileDialog('Save your recovery key', keyFile);
    await app.waitUntil(async () => /The key is saved/.test(await app.$('[role=status]').getText()), { timeout: 10_000 });
    assert.ok(readFileSync(keyFile, 'utf8').split('\n').includes(shownKey), 'the saved file holds the key as shown');
    assert.equal(await passWelcome(app, { name: 'Dr Grace Lin', credentials: 'MD, MPH' }), shownKey);
    await shown(app, 'app-ready');
    const me = JSON.parse(execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, 'me', 'show', '--json']).toString());
    assert.equal(me.name, 'Dr Grace Lin');
    assert.equal(me.credentials, 'MD, MPH');

    await newContact(app);
    await fill(app, 'display_name', 'Amara Okafor');
    await fill(app, 'credentials', 'MD, PhD');
    await fill(app, 'specialty', 'Interventional cardiology');
    await fill(app, 'institution', "St Mary's Hospital");
    await fill(app, 'emails', 'amara@example.org');
    await fill(app, 'tags', 'mentor, ESC 2026');
    await fill(app, 'notes', 'Talked about renal denervation at ESC 2026.');
    await (await shown(app, 'save-contact')).click();
    const detail = await shown(app, 'detail-name');
    await app.waitUntil(async () => (await detail.getText()).includes('Amara Okafor'), { timeout: 10_000 });
    assert.deepEqual(await listedNames(app), ['Amara Okafor']);

    // An invalid edit shows the core's message at its field, not a debug dump.
    await newContact(app);
    await fill(app, 'display_name', 'x'.repeat(300));
    await (await shown(app, 'save-contact')).click();
    const error = await shown(app, 'field-error-contact-name');
    assert.equal(await error.getText(), 'Name is too long: 300 characters (the limit is 200)');
    assert.equal(await (await app.$('#contact-name')).getAttribute('aria-invalid'), 'true');
    await (await shown(app, 'cancel-edit')).click();
  } finally {
    await quit(app);
  }

  const keys = JSON.parse(readFileSync(join(dataDir, 'keys.json'), 'utf8'));
  const stored = execFileSync('secret-tool', ['lookup', 'service', 'curbside', 'username', keys.database_id]).toString();
  assert.match(stored.trim(), /^[0-9a-f]{64}$/, 'the data key is in the Secret Service');
  const database = readFileSync(join(dataDir, 'curbside.db'));
  assert.ok(!database.includes('Amara Okafor'), 'the name is not readable in the database file');

  app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    assert.deepEqual(await listedNames(app), ['Amara Okafor'], 'the contact is back after a restart, with no prompt');
    mkdirSync(ARTIFACTS, { recursive: true });
    await (await app.$('[data-testid="contact-row"]')).click();
    await shown(app, 'contact-detail');
    if (process.env.DISPLAY) {
      execFileSync('import', ['-window', 'root', join(ARTIFACTS, 'window.png')]);
    }
  } finally {
    await quit(app);
  }
});

test('the CLI keeps its key in the Secret Service too, and the app opens what it made', async () => {
  const dataDir = freshDataDir('cli');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const added = JSON.parse(cli('contacts', 'add', '--name', 'Chen Wei', '--specialty', 'Oncology', '--json'));
  assert.equal(added.display_name, 'Chen Wei');

  const keys = JSON.parse(readFileSync(join(dataDir, 'keys.json'), 'utf8'));
  const stored = execFileSync('secret-tool', ['lookup', 'service', 'curbside', 'username', keys.database_id]).toString();
  assert.match(stored.trim(), /^[0-9a-f]{64}$/);
  assert.equal(JSON.parse(cli('contacts', 'list', '--json')).length, 1, 'no passphrase needed the second time');

  const app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    assert.deepEqual(await listedNames(app), ['Chen Wei']);
  } finally {
    await quit(app);
  }
});

test('after the keyring entry is lost, the recovery key unlocks the data in the UI and puts the key back', async () => {
  const dataDir = freshDataDir('recovery');
  let app = await launch(dataDir);
  let recoveryKey;
  try {
    recoveryKey = await passWelcome(app);
    await newContact(app);
    await fill(app, 'display_name', 'Dolores Muñoz');
    await (await shown(app, 'save-contact')).click();
    await app.waitUntil(async () => (await listedNames(app)).includes('Dolores Muñoz'), { timeout: 10_000 });
  } finally {
    await quit(app);
  }

  // A new OS install or a reset keyring: the entry is gone.
  const { database_id: id } = JSON.parse(readFileSync(join(dataDir, 'keys.json'), 'utf8'));
  execFileSync('secret-tool', ['clear', 'service', 'curbside', 'username', id]);
  assert.throws(() => execFileSync('secret-tool', ['lookup', 'service', 'curbside', 'username', id], { stdio: 'pipe' }));

  app = await launch(dataDir);
  try {
    assert.equal(await app.$('[data-testid="passphrase-confirm"]').isExisting(), false, 'it asks to unlock, not to start over');
    await (await shown(app, 'passphrase')).setValue(recoveryKey.toLowerCase());
    await (await shown(app, 'unlock-submit')).click();
    await shown(app, 'app-ready');
    assert.deepEqual(await listedNames(app), ['Dolores Muñoz']);
  } finally {
    await quit(app);
  }
  const restored = execFileSync('secret-tool', ['lookup', 'service', 'curbside', 'username', id]).toString();
  assert.match(restored.trim(), /^[0-9a-f]{64}$/, 'the key is back in the keyring for the next start');
});
