// Introductions on the real app: propose introducing one colleague to
// another in Network → Introductions, and see the introduction on both
// people's timelines; then the CLI reads the same introduction.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { freshDataDir, launch, quit, shown } from './app.mjs';

/** Picks a contact in a contact picker by typing their name and pressing Enter. */
async function pick(app, id, name) {
  const search = await app.$(`#${id}`);
  await search.waitForDisplayed({ timeout: 10_000 });
  await search.setValue(name);
  await app.keys('Enter');
  await app.waitUntil(async () => (await app.$(`[data-testid="${id}-chosen"]`).isExisting()), {
    timeout: 10_000,
    timeoutMsg: `${name} was not picked`,
  });
}

/** The introductions on the open profile's timeline, as text. */
async function profileIntros(app) {
  await shown(app, 'profile-intros');
  return app.execute(() =>
    [...document.querySelectorAll('[data-testid="profile-intro"]')].map((row) => row.textContent.replace(/\s+/g, ' ').trim()),
  );
}

test('an introduction proposed in the app is on both people’s timelines', async () => {
  const dataDir = freshDataDir('intros');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  cli('contacts', 'add', '--name', 'Amara Okafor', '--specialty', 'Cardiology');
  cli('contacts', 'add', '--name', 'Hiroshi Tanaka', '--specialty', 'Nephrology');

  const app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await (await shown(app, 'nav-network')).click();
    await (await shown(app, 'network-tab-intros')).click();
    await shown(app, 'intro-form');
    await pick(app, 'intro-from', 'Amara');
    await pick(app, 'intro-to', 'Hiroshi');
    await (await shown(app, 'intro-reason')).setValue('Both study the cardiorenal syndrome');
    await (await shown(app, 'intro-propose')).click();
    const row = await shown(app, 'intro-row');
    await app.waitUntil(async () => (await row.getText()).includes('Amara Okafor → Hiroshi Tanaka'), {
      timeout: 10_000,
      timeoutMsg: 'the proposed introduction is not listed',
    });

    // Both people's timelines show it, each from their side.
    await (await row.$('button=Amara Okafor')).click();
    assert.match((await profileIntros(app)).join('\n'), /Introduction to Hiroshi Tanaka: proposed/);
    await (await shown(app, 'nav-network')).click();
    await (await shown(app, 'network-tab-intros')).click();
    await (await (await shown(app, 'intro-row')).$('button=Hiroshi Tanaka')).click();
    assert.match((await profileIntros(app)).join('\n'), /Introduction from Amara Okafor: proposed/);
  } finally {
    await quit(app);
  }

  const [listed] = JSON.parse(cli('intros', 'list', '--json'));
  assert.equal(listed.status, 'proposed');
  assert.equal(listed.reason, 'Both study the cardiorenal syndrome');
});
