// The contact book on the real app: import a file through the native file
// dialog with progress, search, open a contact, log an interaction, and
// merge two duplicates.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { answerFileDialog, freshDataDir, launch, openContacts, quit, shown, passWelcome } from './app.mjs';
import { writeVcards } from './fixtures.mjs';

const COUNT = 3000;

test('import through the file dialog, search, log an interaction, merge duplicates', async () => {
  const file = writeVcards(mkdtempSync(join(tmpdir(), 'curbside-e2e-files-')), COUNT);
  const dataDir = freshDataDir('book');
  const cli = (...args) =>
    JSON.parse(execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] }).toString());
  const app = await launch(dataDir);
  try {
    await passWelcome(app);
    await shown(app, 'app-ready');

    // Import: the real GTK file chooser, answered by typing the path.
    await (await shown(app, 'import-button')).click();
    await answerFileDialog('Import contacts', file);
    const panel = await shown(app, 'import-panel');
    assert.match(await panel.getText(), /colleagues\.vcf/);
    await app.execute(() => {
      window.__progressSeen = [];
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="import-progress"]');
        if (bar) window.__progressSeen.push(bar.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await (await shown(app, 'import-start')).click();
    const summary = await shown(app, 'import-summary', 120_000);
    // The count is written as the window's locale writes numbers ("3,002" in en-US, "3.002" in German).
    const thousands = String(COUNT + 2).replace(/^(\d+)(\d{3})$/, '$1[,.\u00a0\u202f\']?$2');
    assert.match(await summary.getText(), new RegExp(`^${thousands} new, 0 updated`));
    const progress = await app.execute(() => window.__progressSeen);
    assert.ok(progress.length > 0, 'a progress count was shown while importing');
    await (await shown(app, 'import-close')).click();
    await app.waitUntil(async () => !(await app.$('[data-testid="import-panel"]').isExisting()), { timeout: 5_000 });

    // Search as you type, accents folded: "muller" finds "Müller".
    await openContacts(app);
    const search = await shown(app, 'search');
    await search.setValue('jana muller1');
    await app.waitUntil(
      async () => {
        const names = await app.execute(() => [...document.querySelectorAll('[data-testid="row-name"]')].map((e) => e.textContent));
        return names.length > 0 && names.every((name) => name.startsWith('Jana Müller1'));
      },
      { timeout: 10_000, timeoutMsg: 'search did not narrow the list to Jana Müller1…' },
    );
    await (await app.$('[data-testid="contact-row"]')).click();
    const name = await (await shown(app, 'detail-name')).getText();
    assert.match(name, /^Jana Müller1/);

    // Log an interaction; it appears on the timeline.
    await (await shown(app, 'log-interaction')).click();
    const form = await shown(app, 'interaction-form');
    await (await form.$('[name="note"]')).setValue('Talked about renal denervation at ESC 2026');
    await (await shown(app, 'save-interaction')).click();
    await app.waitUntil(async () => (await (await shown(app, 'timeline')).getText()).includes('renal denervation'), {
      timeout: 10_000,
      timeoutMsg: 'the interaction did not appear on the timeline',
    });
    await shown(app, 'last-contact');

    // Duplicates: the two Quartey cards share a phone; merge them.
    await search.clearValue();
    await (await shown(app, 'nav-duplicates')).click();
    const pair = await shown(app, 'duplicate-pair');
    // WebKitWebDriver's getText skips ellipsised text; read what is rendered.
    assert.match(await app.execute((el) => el.textContent, pair), /Zainab Quartey[\s\S]*Quartey, Zainab/);
    await (await shown(app, 'duplicate-review')).click();
    await shown(app, 'merge-view');
    await (await shown(app, 'merge-confirm')).click();
    await app.waitUntil(async () => (await app.$$('[data-testid="duplicate-pair"]')).length === 0, {
      timeout: 10_000,
      timeoutMsg: 'the merged pair is still listed',
    });

    // What was stored: one Zainab Quartey who keeps both addresses and the phone.
    const found = cli('search', 'quartey');
    assert.equal(found.length, 1, `one Quartey after the merge, found ${JSON.stringify(found)}`);
    const zainab = cli('contacts', 'show', String(found[0].id));
    assert.deepEqual([...zainab.emails].sort(), ['z.quartey@korlebu.example', 'zainab@example.org']);
    assert.deepEqual(zainab.phones.map((phone) => phone.replace(/\s/g, '')), ['+233302665401']);
  } finally {
    await quit(app);
  }
});
