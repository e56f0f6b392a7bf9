// The real app with NO Secret Service (no D-Bus session at all): it must not
// hang or crash, must ask for a passphrase, and must open again only with
// the right one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fill, freshDataDir, launch, listedNames, newContact, quit, shown, passWelcome } from './app.mjs';

const PASSPHRASE = 'a long walk on the ward';

test('without a keyring the passphrase protects the data across restarts', async () => {
  const dataDir = freshDataDir('passphrase');
  let app = await launch(dataDir);
  try {
    await (await shown(app, 'passphrase')).setValue(PASSPHRASE);
    await (await shown(app, 'passphrase-confirm')).setValue(PASSPHRASE);
    await (await shown(app, 'unlock-submit')).click();
    await passWelcome(app);
    await newContact(app);
    await fill(app, 'display_name', 'Ben Carter');
    await fill(app, 'specialty', 'Nephrology');
    await (await shown(app, 'save-contact')).click();
    await app.waitUntil(async () => (await listedNames(app)).includes('Ben Carter'), { timeout: 10_000 });
  } finally {
    await quit(app);
  }
  const keys = JSON.parse(readFileSync(join(dataDir, 'keys.json'), 'utf8'));
  assert.deepEqual(keys.slots.map((slot) => slot.kind).sort(), ['passphrase', 'recovery']);

  app = await launch(dataDir);
  try {
    await (await shown(app, 'passphrase')).setValue('not the passphrase');
    await (await shown(app, 'unlock-submit')).click();
    const error = await shown(app, 'unlock-error');
    assert.equal(await error.getText(), 'That passphrase or recovery key does not unlock this database');

    const field = await shown(app, 'passphrase');
    await field.clearValue();
    await field.setValue(PASSPHRASE);
    await (await shown(app, 'unlock-submit')).click();
    await shown(app, 'app-ready');
    assert.deepEqual(await listedNames(app), ['Ben Carter']);
  } finally {
    await quit(app);
  }
});
