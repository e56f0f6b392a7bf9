// A first run on the real app, as a new user goes through it: the recovery
// key typed back, your name, then "Try sample data"; the made-up colleagues
// and congress are there, marked, and one click removes them all while a
// contact of your own stays.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fill, freshDataDir, launch, listedNames, newContact, passWelcome, quit, shown } from './app.mjs';

test('the welcome ends on sample data, which is marked and removed in one click', async () => {
  const dataDir = freshDataDir('welcome');
  const cli = (...args) =>
    JSON.parse(execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args, '--json']).toString());
  const app = await launch(dataDir);
  try {
    await passWelcome(app, { name: 'Dr Ana Ruiz', credentials: 'MD', first: 'sample' });

    const notice = await shown(app, 'sample-notice');
    await app.waitUntil(async () => /12 contacts and 2 events are made up/.test(await notice.getText()), {
      timeout: 10_000,
    });
    const names = await listedNames(app);
    assert.equal(names.length, 12);
    assert.ok(names.includes('Dr Amara Okafor'), names.join(', '));
    assert.equal(cli('me', 'show').name, 'Dr Ana Ruiz');
    assert.deepEqual(cli('sample', 'status'), { contacts: 12, events: 2 });

    await newContact(app);
    await fill(app, 'display_name', 'Dr Real Colleague');
    await (await shown(app, 'save-contact')).click();
    await app.waitUntil(async () => (await listedNames(app)).includes('Dr Real Colleague'), { timeout: 10_000 });

    await (await shown(app, 'sample-remove')).click();

    await app.waitUntil(async () => !(await app.$('[data-testid="sample-notice"]').isExisting()), { timeout: 10_000 });
    await app.waitUntil(async () => (await listedNames(app)).length === 1, { timeout: 10_000 });
    assert.deepEqual(await listedNames(app), ['Dr Real Colleague']);
    assert.deepEqual(cli('sample', 'status'), { contacts: 0, events: 0 });
  } finally {
    await quit(app);
  }
});
