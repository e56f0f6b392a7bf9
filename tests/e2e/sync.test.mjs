// Sync in the real app, against a real CardDAV/CalDAV server: a Radicale
// started here (the program from CURBSIDE_RADICALE, its own folder, a free
// port on 127.0.0.1). Book B is set up with the CLI (an account, a contact,
// a sync, its sync key); in the app, book A adds the same account in
// Settings → Sync with that key, syncs, and lists B's contact. A's own
// contact then reaches B. Before the account, the app connects to nothing.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { launch, listedNames, openSettings, quit, shown, freshDataDir } from './app.mjs';

const USER = 'doctor';
const PASSWORD = 'correct-app-password';

const cliIn = (dataDir) => (...args) =>
  execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CURBSIDE_SYNC_PASSWORD: PASSWORD },
  }).toString();

/** A port nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function answers(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts Radicale with its own folder and one user; resolves once it answers. */
async function startRadicale() {
  const folder = mkdtempSync(join(tmpdir(), 'curbside-e2e-radicale-'));
  const port = await freePort();
  writeFileSync(join(folder, 'users'), `${USER}:${PASSWORD}\n`);
  writeFileSync(
    join(folder, 'config'),
    `[server]\nhosts = 127.0.0.1:${port}\n` +
      `[auth]\ntype = htpasswd\nhtpasswd_filename = ${join(folder, 'users')}\nhtpasswd_encryption = plain\n` +
      `[storage]\nfilesystem_folder = ${join(folder, 'collections')}\n` +
      `[logging]\nlevel = warning\n`,
  );
  const program = process.env.CURBSIDE_RADICALE || 'radicale';
  const child = spawn(program, ['--config', join(folder, 'config')], { stdio: 'ignore' });
  const failed = new Promise((_, reject) =>
    child.once('error', (error) => reject(new Error(`Radicale did not start (${program}: ${error.message}); set CURBSIDE_RADICALE`))),
  );
  const ready = (async () => {
    for (let waited = 0; waited < 20_000; waited += 100) {
      if (await answers(port)) return;
      if (child.exitCode !== null) throw new Error(`Radicale stopped at once (exit ${child.exitCode})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('Radicale did not answer within 20 s');
  })();
  try {
    await Promise.race([ready, failed]);
  } catch (error) {
    child.kill();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}/`, port, stop: () => child.kill() };
}

/**
 * The internet sockets (TCP, UDP, v4 and v6) the app's own process holds
 * towards the server or off this computer: its descriptors' socket inodes
 * found in the kernel's tables. (Under WebDriver the window's automation
 * server listens on 127.0.0.1 and the driver connects to it; those are the
 * test's, not Curbside's.)
 */
function socketsOut(dataDir, serverPort) {
  const pid = execFileSync('pgrep', ['-f', '-x', `${process.env.CURBSIDE_APP} --data-dir ${dataDir}( .*)?`])
    .toString()
    .trim()
    .split('\n')[0];
  const held = new Set();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match) held.add(match[1]);
    } catch {
      // Closed meanwhile.
    }
  }
  const found = [];
  for (const table of ['tcp', 'tcp6', 'udp', 'udp6']) {
    const lines = readFileSync(`/proc/${pid}/net/${table}`, 'utf8').trim().split('\n').slice(1);
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      if (!held.has(fields[9])) continue;
      const [address, port] = fields[2].split(':');
      const loopback = /^(0100007F|0+|0{24}01000000|0{32})$/.test(address);
      if (!loopback || parseInt(port, 16) === serverPort) found.push(`${table} ${fields[1]} → ${fields[2]}`);
    }
  }
  return found;
}

/** Types into the input with this id. */
async function type(app, id, value) {
  const field = app.$(`#${id}`);
  await field.waitForDisplayed({ timeout: 10_000 });
  await field.setValue(value);
}

test('an account added in Settings → Sync with the other book\'s key brings its contacts', async () => {
  const server = await startRadicale();
  try {
    // Book B, on the "other computer": through the CLI.
    const cliB = cliIn(freshDataDir('sync-b'));
    cliB('contacts', 'add', '--name', 'Beatriz Santos', '--specialty', 'Nephrology', '--json');
    cliB('sync', 'account', 'add', '--url', server.url, '--user', USER);
    cliB('sync', 'now');
    const key = JSON.parse(cliB('sync', 'key', '--json')).sync_key;
    assert.ok(typeof key === 'string' && key.length >= 40, `the CLI printed the sync key: ${JSON.stringify(key)}`);

    // Book A, in the app.
    const dataDir = freshDataDir('sync-a');
    cliIn(dataDir)('contacts', 'add', '--name', 'Amara Okafor', '--specialty', 'Cardiology', '--json');
    const app = await launch(dataDir);
    try {
      await shown(app, 'app-ready');
      assert.equal(await app.$('[data-testid="sync-sidebar-status"]').isExisting(), false, 'no sync status without an account');
      // The background sync looks 5 s after the unlock; with no account it
      // opens no socket.
      await new Promise((resolve) => setTimeout(resolve, 7_000));
      assert.deepEqual(socketsOut(dataDir, server.port), [], 'with no account the app connects to nothing');
      await openSettings(app, 'sync');
      await shown(app, 'sync-add-form');
      await type(app, 'sync-url', server.url);
      await type(app, 'sync-user', USER);
      await type(app, 'sync-password', PASSWORD);
      await (await shown(app, 'sync-test')).click();
      // The server already holds B's book: its key is asked for.
      await (await shown(app, 'sync-key-input')).setValue(key);
      await (await shown(app, 'sync-add')).click();
      await shown(app, 'sync-account');
      assert.equal(await app.$('[data-testid="sync-key-notice"]').isExisting(), false, 'no new key when joining a book');

      await (await shown(app, 'sync-now')).click();
      const notice = await shown(app, 'sync-notice', 60_000);
      assert.match(await notice.getText(), /Synced/);
      assert.match(await (await shown(app, 'sync-status')).getText(), /Last synced just now/);
      assert.match(await (await shown(app, 'sync-sidebar-status')).getText(), /Synced just now/);

      assert.deepEqual(await listedNames(app), ['Amara Okafor', 'Beatriz Santos']);
    } finally {
      await quit(app);
    }

    // And back: A's contact reaches B.
    cliB('sync', 'now');
    const names = JSON.parse(cliB('contacts', 'list', '--json')).map((contact) => contact.display_name);
    assert.deepEqual(names.sort(), ['Amara Okafor', 'Beatriz Santos']);
  } finally {
    server.stop();
  }
});
