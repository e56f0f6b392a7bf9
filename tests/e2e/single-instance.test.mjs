// One Curbside per data folder, on the real binary: a second launch on the
// same folder (here with a vCard, as a double-click in the file manager
// would start it) exits at once, and the first comes out of the tray with
// that file's import preview; the CLI still opens the book; a launch on
// another folder runs on its own.
// Needs a tray (the D-Bus session of run.sh's first group) and xdotool.
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { freshDataDir, launch, listedNames, quit, shown, passWelcome } from './app.mjs';

const APP = process.env.CURBSIDE_APP;

/** The process id of the app running on `dataDir` (launched by the driver). */
function appOn(dataDir) {
  const found = execFileSync('pgrep', ['-o', '-f', '--', `--data-dir ${dataDir}`]).toString().trim();
  return Number(found);
}

/** The app's windows that are on screen (mapped): none while in the tray. */
function visibleWindows(pid) {
  const found = spawnSync('xdotool', ['search', '--onlyvisible', '--pid', String(pid)], { timeout: 10_000 });
  return found.stdout.toString().split('\n').filter(Boolean);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('a second launch on the folder hands its file to the first and exits; another folder runs', async () => {
  const dataDir = freshDataDir('single');
  const app = await launch(dataDir, undefined, ['--background']);
  try {
    await passWelcome(app);
    await shown(app, 'app-ready');
    const first = appOn(dataDir);
    assert.deepEqual(visibleWindows(first), [], 'the login start stays in the tray');

    const card = join(dirname(dataDir), 'Okafor.vcf');
    writeFileSync(card, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Amara Okafor\r\nN:Okafor;Amara;;;\r\nEND:VCARD\r\n');
    const started = Date.now();
    const second = spawnSync(APP, ['--data-dir', dataDir, card], { timeout: 20_000 });
    assert.equal(second.status, 0, `the second launch exits cleanly: ${second.stderr}`);
    assert.ok(Date.now() - started < 10_000, 'the second launch exits at once');

    await app.waitUntil(async () => visibleWindows(first).length > 0, {
      timeout: 10_000,
      timeoutMsg: 'the first app did not come out of the tray',
    });
    const panel = await shown(app, 'import-panel');
    assert.match(await panel.getText(), /Okafor\.vcf/);
    await (await shown(app, 'import-start')).click();
    assert.match(await (await shown(app, 'import-summary')).getText(), /1 new/);
    await (await shown(app, 'import-close')).click();
    assert.deepEqual(await listedNames(app), ['Amara Okafor']);

    // The app's hold on the folder is no lock on the book: the CLI reads it.
    const found = execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, 'search', 'Okafor', '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 30_000,
    });
    assert.match(found.toString(), /Amara Okafor/);

    // Another folder is another app: it neither hands over nor exits.
    const otherDir = freshDataDir('single-other');
    const other = spawn(APP, ['--data-dir', otherDir], { stdio: 'ignore' });
    try {
      await sleep(4_000);
      assert.equal(other.exitCode, null, 'the launch on another folder keeps running');
      assert.ok(existsSync(join(otherDir, 'curbside.instance')), 'it listens for launches on its own folder');
    } finally {
      other.kill();
    }
  } finally {
    await quit(app);
  }
});
