// Backups and damage in the real app, with the key in the Secret Service: a
// backup made by the CLI is listed in Settings and restored from there (the
// contact deleted after it comes back), and a book damaged while the app was
// closed opens on a screen that offers that backup and puts it back, keeping
// the damaged file.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, truncateSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { launch, listedNames, openSettings, quit, shown, freshDataDir } from './app.mjs';

const cliIn = (dataDir) => (...args) =>
  execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

test('a backup is restored from Settings, and a damaged book opens on its newest backup', async () => {
  const dataDir = freshDataDir('backups');
  const cli = cliIn(dataDir);
  const amara = JSON.parse(cli('contacts', 'add', '--name', 'Amara Okafor', '--specialty', 'Cardiology', '--json'));
  const chen = JSON.parse(cli('contacts', 'add', '--name', 'Chen Wei', '--specialty', 'Oncology', '--json'));
  assert.ok(amara.id && chen.id);
  const made = JSON.parse(cli('backup', '--json'));
  assert.equal(made.counts.contacts, 2);
  cli('contacts', 'delete', String(chen.id));

  let app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    assert.deepEqual(await listedNames(app), ['Amara Okafor']);
    await openSettings(app, 'backups');
    await shown(app, 'backups-list');
    const rows = await app.$$('[data-testid="backup-row"]');
    assert.equal(rows.length, 1, 'the backup the CLI made is listed');
    assert.match(await rows[0].getText(), /2 contacts/);
    await (await rows[0].$('button')).click();
    // The app reloads its page on the restored book: the page the restore
    // was asked from carries a mark, so the list is read only once a new
    // page is up (a click on the old page's sidebar during the reload is
    // lost, and the list it waited for never came).
    await app.execute(() => {
      window.curbsideBeforeRestore = true;
    });
    await (await shown(app, 'restore-confirm-button')).click();
    await app.waitUntil(async () => app.execute(() => window.curbsideBeforeRestore !== true).catch(() => false), {
      timeout: 30_000,
      timeoutMsg: 'the app did not reload its page after the restore',
    });
    await app.waitUntil(async () => (await listedNames(app).catch(() => [])).length === 2, {
      timeout: 30_000,
      timeoutMsg: 'the deleted contact did not come back after the restore',
    });
    assert.deepEqual(await listedNames(app), ['Amara Okafor', 'Chen Wei']);
  } finally {
    await quit(app);
  }
  // Ended by the driver's signal, the app closed the book cleanly: the log
  // folded in and the seal written for the file as it now stands, so the next
  // start skips the damage check (and the damage below breaks the seal).
  const book = join(dataDir, 'curbside.db');
  assert.ok(!existsSync(`${book}-wal`) || statSync(`${book}-wal`).size === 0, 'the log was folded into the book');
  const sealed = readFileSync(`${book}.checked`, 'utf8').match(/"modified_ns":(\d+)/);
  assert.ok(sealed, 'the book was sealed');
  assert.equal(BigInt(sealed[1]), statSync(book, { bigint: true }).mtimeNs, 'sealed as the app left it');
  const reasons = JSON.parse(cli('backup', 'list', '--json')).map((backup) => backup.reason);
  assert.ok(reasons.includes('before_restore'), `the state before the restore was backed up: ${reasons}`);

  // A backup of the restored book, then damage it while the app is closed:
  // cut it short.
  assert.equal(JSON.parse(cli('backup', '--json')).counts.contacts, 2);
  const database = join(dataDir, 'curbside.db');
  truncateSync(database, Math.floor(statSync(database).size / 2));

  app = await launch(dataDir);
  try {
    await shown(app, 'newest-backup');
    await (await shown(app, 'restore-newest')).click();
    await (await shown(app, 'restored-continue')).click();
    await shown(app, 'app-ready');
    assert.deepEqual(await listedNames(app), ['Amara Okafor', 'Chen Wei'], 'the newest backup is back');
  } finally {
    await quit(app);
  }
  const kept = readdirSync(dirname(database)).filter((name) => /^curbside\.db\.damaged-[0-9TZ]+$/.test(name));
  assert.equal(kept.length, 1, 'the damaged file is kept beside the book');
});
