// Settings → Security on the real app, with the key in a real Secret
// Service: a book the keyring opens gets a passphrase; Lock now (and
// Ctrl+L) hands the window to the unlock screen, which refuses a wrong
// passphrase even though the keyring holds the key, and opens with the
// right one; a new recovery key opens the book and the old one no longer
// does (checked by the CLI on the same folder, keyring turned off).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { freshDataDir, launch, openSettings, passWelcome, pressInWindow, quit, shown } from './app.mjs';

const PASSPHRASE = 'tulip harbour lantern';

/** Types `text` into the field `testId`. */
async function type(app, testId, text) {
  await (await shown(app, testId)).setValue(text);
}

/** The unlock screen, once shown, with the reason it gives. */
async function unlockScreen(app) {
  await shown(app, 'passphrase');
  return app.$('.reason').getText();
}

/** `contacts list` by the CLI with `secret` alone (no keyring): its exit status and message. */
function cliWith(dataDir, secret) {
  const run = spawnSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, '--no-keyring', 'contacts', 'list', '--json'], {
    env: { ...process.env, CURBSIDE_PASSPHRASE: secret },
  });
  return { status: run.status, stderr: run.stderr.toString() };
}

test('a passphrase added, Lock now refuses a wrong one, and a new recovery key revokes the old', async () => {
  const dataDir = freshDataDir('security');
  let oldKey;
  let newKey;
  const app = await launch(dataDir);
  try {
    oldKey = await passWelcome(app);
    await shown(app, 'app-ready');

    // Opened by the keyring: no passphrase, so nothing to lock with yet.
    await openSettings(app, 'security');
    assert.match(await (await shown(app, 'security-state')).getText(), /This book has no passphrase/);
    assert.equal(await (await shown(app, 'lock-now')).isEnabled(), false);
    await type(app, 'passphrase-new', PASSPHRASE);
    await type(app, 'passphrase-repeat', PASSPHRASE);
    await (await shown(app, 'passphrase-save')).click();
    await app.waitUntil(async () => /opens with your passphrase/.test(await (await shown(app, 'security-state')).getText()), {
      timeout: 15_000,
      timeoutMsg: 'the passphrase was not added',
    });

    // Lock now: the unlock screen, which the keyring does not get past.
    await (await shown(app, 'lock-now')).click();
    assert.equal(await unlockScreen(app), 'Curbside was locked');
    await type(app, 'passphrase', 'not the passphrase');
    await (await shown(app, 'unlock-submit')).click();
    assert.match(await (await shown(app, 'unlock-error')).getText(), /does not unlock this database/);
    assert.equal(await app.$('[data-testid="app-ready"]').isExisting(), false, 'a wrong passphrase opens nothing');
    await type(app, 'passphrase', PASSPHRASE);
    await (await shown(app, 'unlock-submit')).click();
    await shown(app, 'app-ready');

    // The menu's Lock Curbside, by its accelerator.
    await pressInWindow('ctrl+l');
    assert.equal(await unlockScreen(app), 'Curbside was locked');
    await type(app, 'passphrase', oldKey.toLowerCase());
    await (await shown(app, 'unlock-submit')).click();
    await shown(app, 'app-ready');

    // A new recovery key, after the passphrase, shown once and typed back.
    await openSettings(app, 'security');
    await (await shown(app, 'recovery-new')).click();
    await type(app, 'recovery-current', PASSPHRASE);
    await (await shown(app, 'recovery-make')).click();
    const dialog = await shown(app, 'new-recovery-key');
    newKey = await (await dialog.$('[data-testid="recovery-key"]')).getText();
    assert.match(newKey, /^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
    assert.notEqual(newKey, oldKey);
    await (await shown(app, 'recovery-ack')).click();
    await type(app, 'recovery-confirm', newKey.split('-').at(-1));
    await (await shown(app, 'recovery-continue')).click();
    await app.waitUntil(async () => /old one no longer opens/.test(await (await shown(app, 'recovery-notice')).getText()), {
      timeout: 10_000,
      timeoutMsg: 'the new recovery key was not acknowledged',
    });
  } finally {
    await quit(app);
  }

  const old = cliWith(dataDir, oldKey);
  assert.equal(old.status, 1, 'the old recovery key no longer opens the book');
  assert.match(old.stderr, /does not unlock this database/);
  assert.equal(cliWith(dataDir, newKey).status, 0, 'the new recovery key opens it');
  assert.equal(cliWith(dataDir, PASSPHRASE).status, 0, 'the passphrase opens it');
  assert.equal(cliWith(dataDir, 'not the passphrase').status, 1);
});
