// Conference mode on the real app: the trip radar of a congress in Boston
// lists a colleague at a Boston hospital (added to the people to meet with
// a "coffee?" draft); during the congress three people are captured from
// the keyboard alone, and after it each has a follow-up draft quoting the
// line written about them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { freshDataDir, launch, quit, shown } from './app.mjs';

/** `YYYY-MM-DDTHH:MM` on the venue's clock, `hours` from now. */
function venueTime(hours, zone) {
  const at = new Date(Date.now() + hours * 3_600_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The text of every element with this data-testid, in order. */
async function texts(app, testId) {
  return app.execute(
    (id) => [...document.querySelectorAll(`[data-testid="${id}"]`)].map((el) => el.textContent.replace(/\s+/g, ' ').trim()),
    testId,
  );
}

async function waitForText(app, testId, pattern, what) {
  await app.waitUntil(async () => (await texts(app, testId)).some((text) => pattern.test(text)), {
    timeout: 15_000,
    timeoutMsg: what,
  });
}

test('trip radar finds a colleague in the venue city; three people captured during the congress get their follow-ups after it', async () => {
  const dataDir = freshDataDir('conference');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  cli('contacts', 'add', '--name', 'Grace Liu', '--specialty', 'Cardiology', '--org', 'Boston Medical Center');
  cli('contacts', 'add', '--name', 'Hans Weber', '--org', 'Charité Berlin');
  cli('contacts', 'add', '--name', 'Dr. Anna Berg', '--org', 'Karolinska');
  const zone = 'America/New_York';
  cli(
    'events', 'add', '--title', 'AHA Scientific Sessions', '--start', venueTime(-1, zone), '--end', venueTime(30, zone),
    '--tz', zone, '--location', 'Boston Convention Center, Boston, MA', '--status', 'attending',
  );

  const app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await (await shown(app, 'nav-calendar')).click();
    await (await shown(app, 'agenda-view')).click();
    await app.waitUntil(async () => (await texts(app, 'occurrence')).some((t) => t.includes('AHA Scientific Sessions')), {
      timeout: 15_000,
      timeoutMsg: 'the agenda does not list the congress',
    });
    const occurrence = await app.$('[data-testid="occurrence"]*=AHA Scientific Sessions');
    await occurrence.click();
    await shown(app, 'event-detail');

    // The trip radar: Grace at a Boston hospital, not Hans in Berlin.
    await (await shown(app, 'conference-radar')).click();
    await waitForText(app, 'radar-row', /Grace Liu[\s\S]*Institution: Boston Medical Center/, 'Grace is not on the radar');
    assert.ok(!(await texts(app, 'radar-row')).some((t) => t.includes('Hans Weber')), 'Hans in Berlin is on the Boston radar');
    await (await shown(app, 'radar-plan')).click();
    await waitForText(app, 'conference-draft-body', /I'll be in Boston for AHA Scientific Sessions/, 'no coffee draft');
    await shown(app, 'radar-planned');
    await waitForText(app, 'person-row', /Grace Liu/, 'Grace is not among the people to meet');

    // During it: three people, each typed and saved with Enter.
    await (await shown(app, 'conference-capture')).click();
    const met = [
      ['anna berg', '', 'her amyloidosis registry'],
      ['Rui Costa', 'Lisbon', 'a joint grant on remote monitoring'],
      ['Mia Wong', 'Stanford', 'wearables after ablation'],
    ];
    for (const [index, [name, from, note]] of met.entries()) {
      const nameField = await shown(app, 'capture-name');
      await app.waitUntil(async () => (await app.execute(() => document.activeElement?.getAttribute('data-testid'))) === 'capture-name', {
        timeout: 10_000,
        timeoutMsg: 'the name field does not have the focus',
      });
      await nameField.setValue(name);
      if (from) await (await shown(app, 'capture-from')).setValue(from);
      await (await shown(app, 'capture-note')).setValue(note);
      await app.keys('Enter');
      await app.waitUntil(async () => (await texts(app, 'captured-row')).length === index + 1, {
        timeout: 10_000,
        timeoutMsg: `${name} was not captured`,
      });
    }
    const captured = await texts(app, 'captured-row');
    assert.match(captured.at(-1), /^Dr\. Anna Berg — her amyloidosis registry/, 'anna berg is the existing Dr. Anna Berg');
    assert.match(captured[0], /Mia Wong \(new\)/);

    // After it: a follow-up each, quoting what was written.
    await (await shown(app, 'conference-after')).click();
    await app.waitUntil(async () => (await texts(app, 'after-row')).length === 3, { timeout: 15_000, timeoutMsg: 'not three people met' });
    const rows = await texts(app, 'after-row');
    for (const [, , note] of met) {
      assert.ok(rows.some((row) => row.includes(`about ${note} at AHA Scientific Sessions`)), `no draft quotes "${note}": ${rows.join(' | ')}`);
    }
    await (await shown(app, 'after-mark-sent')).click();
    await shown(app, 'after-done');
    assert.equal((await texts(app, 'after-mark-sent')).length, 2);
  } finally {
    await quit(app);
  }
});
