// The Network search on the real app: a referral and a letter request
// written through the CLI share an unusual word; typing it in the Network
// screen's search shows both in place of the tabs, with the word emphasised;
// choosing the letter with the arrows and Enter lands on the Mentorship tab,
// clicking the referral (found by the colleague's name and the word) on the
// Referrals tab, and Escape brings the tabs back.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { freshDataDir, launch, quit, shown } from './app.mjs';

/** The text of every element with this data-testid. */
async function texts(app, testId) {
  return app.execute(
    (id) => [...document.querySelectorAll(`[data-testid="${id}"]`)].map((e) => e.textContent.replace(/\s+/g, ' ').trim()),
    testId,
  );
}

/** The label of the selected Network tab. */
async function selectedTab(app) {
  return app.execute(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent.trim() ?? '');
}

/** Whether the tab bar is on screen (it hides while the search holds text). */
async function tabsShown(app) {
  return app.execute(() => {
    const bar = document.querySelector('[role="tablist"]');
    return bar !== null && bar.getClientRects().length > 0;
  });
}

async function typeInSearch(app, text) {
  const field = await shown(app, 'network-search');
  await field.click();
  await field.clearValue();
  await field.setValue(text);
  return field;
}

test('a word from a referral note and a letter request finds both, and choosing one opens its tab', async () => {
  const dataDir = freshDataDir('network-search');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const ana = JSON.parse(cli('contacts', 'add', '--name', 'Ana Ruiz', '--specialty', 'Cardiology', '--json')).id;
  const mentor = JSON.parse(cli('contacts', 'add', '--name', 'Hiroshi Tanaka', '--json')).id;
  cli('referrals', 'add', '--contact', String(ana), '--direction', 'received', '--on', '2026-03-04',
    '--note', 'Tricuspid clip candidate, quokka registry', '--json');
  cli('mentorship', 'letter', 'add', '--contact', String(mentor), '--writer', 'them', '--program', 'fellowship',
    '--name', 'Structural fellowship, Karolinska', '--deadline', '2026-09-01', '--notes', 'Mention the quokka registry', '--json');

  const app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await (await shown(app, 'nav-network')).click();
    await shown(app, 'network-search'); // the screen is its own chunk, shown once loaded
    assert.equal(await tabsShown(app), true);

    await typeInSearch(app, 'quokka');
    await app.waitUntil(async () => (await texts(app, 'network-hit')).length === 2, {
      timeout: 15_000,
      timeoutMsg: 'the two rows with "quokka" are not listed',
    });
    const hits = await texts(app, 'network-hit');
    assert.ok(hits.some((hit) => hit.includes('Referral from Ana Ruiz · 2026-03-04') && hit.includes('quokka registry')), hits.join(' | '));
    assert.ok(hits.some((hit) => hit.includes('Letter from Hiroshi Tanaka · Structural fellowship, Karolinska')), hits.join(' | '));
    const marked = await app.execute(() => [...document.querySelectorAll('[data-testid="network-hit"] mark')].map((m) => m.textContent));
    assert.deepEqual(marked, ['quokka', 'quokka']);
    assert.equal(await tabsShown(app), false, 'the matches replace the tabs');

    // The letter, chosen from the keyboard, opens Mentorship.
    const letterIndex = hits.findIndex((hit) => hit.includes('Letter from Hiroshi Tanaka'));
    for (let i = 0; i < letterIndex; i++) await app.keys('ArrowDown');
    await app.keys('Enter');
    await app.waitUntil(async () => (await tabsShown(app)) && (await selectedTab(app)) === 'Mentorship', {
      timeout: 10_000,
      timeoutMsg: 'choosing the letter did not open the Mentorship tab',
    });
    await shown(app, 'mentorship-tab');
    assert.equal(await (await shown(app, 'network-search')).getValue(), '');

    // The referral, found by the colleague's name and the word, clicked, opens Referrals.
    await typeInSearch(app, 'ruiz quokka');
    await app.waitUntil(async () => (await texts(app, 'network-hit')).length === 1, {
      timeout: 15_000,
      timeoutMsg: 'the referral is not found by the name and the word',
    });
    await (await shown(app, 'network-hit')).click();
    await shown(app, 'referrals-tab');
    assert.equal(await selectedTab(app), 'Referrals');

    // Nothing matching says so; Escape brings the tabs back as they were.
    await typeInSearch(app, 'zzyzx');
    const empty = await shown(app, 'network-search-empty');
    assert.equal(await empty.getText(), 'No matches');
    await app.keys('Escape');
    await app.waitUntil(async () => tabsShown(app), { timeout: 10_000, timeoutMsg: 'Escape did not bring the tabs back' });
    assert.equal(await selectedTab(app), 'Referrals');
  } finally {
    await quit(app);
  }
});
