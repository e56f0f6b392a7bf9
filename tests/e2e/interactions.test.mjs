// Putting a contact's timeline right on the real app: edit one interaction
// (kind and topic) and delete another from the profile's timeline, then read
// what was stored back through the CLI, last contact included.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { freshDataDir, launch, openContacts, quit, shown } from './app.mjs';

const daysAgo = (days) => new Date(Date.now() - days * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');

/** The timeline entries' texts, newest first. */
const timeline = (app) =>
  app.execute(() => [...document.querySelectorAll('[data-testid="timeline-item"]')].map((item) => item.textContent));

/** The one timeline entry whose text includes `text`. */
async function entry(app, text) {
  for (const item of await app.$$('[data-testid="timeline-item"]')) {
    if ((await app.execute((el) => el.textContent, item)).includes(text)) return item;
  }
  throw new Error(`no timeline entry reads "${text}"`);
}

test('an interaction is edited and another deleted from the timeline, and the CLI reads the result', async () => {
  const dataDir = freshDataDir('interactions');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const amara = JSON.parse(cli('contacts', 'add', '--name', 'Amara Okafor', '--json')).id;
  const ben = JSON.parse(cli('contacts', 'add', '--name', 'Ben Carter', '--json')).id;
  const earlier = daysAgo(40);
  const kept = JSON.parse(
    cli('interactions', 'add', '--contact', String(amara), '--kind', 'meeting', '--at', earlier, '--note', 'Wants to join the journal club', '--json'),
  );
  const mistake = JSON.parse(
    cli('interactions', 'add', '--contact', String(amara), '--contact', String(ben), '--kind', 'meeting', '--at', daysAgo(2), '--note', 'Logged on the wrong person', '--json'),
  );

  const app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await openContacts(app);
    const row = await app.$('//*[@data-testid="contact-row"][.//*[@data-testid="row-name" and normalize-space()="Amara Okafor"]]');
    await row.waitForDisplayed({ timeout: 10_000 });
    await row.click();
    await shown(app, 'timeline');
    assert.equal((await timeline(app)).length, 2);

    // Edit: a call about renal denervation, not a meeting.
    await (await (await entry(app, 'journal club')).$('[data-testid="edit-interaction"]')).click();
    const form = await shown(app, 'interaction-form');
    await app.execute(
      (select) => {
        select.value = 'call';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      },
      await form.$('[name="kind"]'),
    );
    await (await form.$('[name="topic"]')).setValue('renal denervation');
    await (await form.$('[data-testid="save-interaction"]')).click();
    await app.waitUntil(async () => (await timeline(app)).some((text) => text.includes('renal denervation') && text.includes('Call')), {
      timeout: 10_000,
      timeoutMsg: 'the edited interaction did not show its topic and kind',
    });

    // Delete, after the confirmation.
    await (await (await entry(app, 'wrong person')).$('[data-testid="delete-interaction"]')).click();
    await (await shown(app, 'confirm-delete-interaction-button')).click();
    await app.waitUntil(async () => (await timeline(app)).length === 1, {
      timeout: 10_000,
      timeoutMsg: 'the deleted interaction is still on the timeline',
    });
  } finally {
    await quit(app);
  }

  // What the window stored, read back through the CLI.
  const stored = JSON.parse(cli('interactions', 'list', '--json'));
  assert.deepEqual(
    stored.map(({ id, kind, topic, note, occurred_at, contact_ids }) => ({ id, kind, topic, note, occurred_at, contact_ids })),
    [{ id: kept.id, kind: 'call', topic: 'renal denervation', note: 'Wants to join the journal club', occurred_at: earlier, contact_ids: [amara] }],
  );
  assert.ok(!stored.some((interaction) => interaction.id === mistake.id));
  assert.equal(JSON.parse(cli('contacts', 'show', String(amara), '--json')).last_interaction_at, earlier);
  assert.equal(JSON.parse(cli('contacts', 'show', String(ben), '--json')).last_interaction_at, null);
});
