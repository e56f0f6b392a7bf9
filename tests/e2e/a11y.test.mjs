// Accessibility on the real app: axe-core (its own file, pinned in
// package.json) is injected into the window over WebDriver on every main
// screen, with real content, in the light and the dark theme. Any serious or
// critical violation of WCAG 2.0/2.1 A and AA fails the test, listed by rule,
// element and what to fix.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { day, freshDataDir, launch, pressInWindow, quit, shown, windowScreenshot } from './app.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const THEMES = ['light', 'dark'];
/** Rules outside the WCAG tags that the test holds the app to, whatever their impact. */
const LANDMARK_RULES = ['landmark-one-main', 'landmark-no-duplicate-main', 'landmark-main-is-top-level'];

/**
 * Runs axe on what the window shows now, in `theme` (set on the root as
 * Settings → Appearance does), and returns its serious and critical
 * violations as readable lines.
 */
async function violations(app, screen, theme) {
  if (!(await app.execute(() => typeof window.axe === 'object'))) await app.execute(AXE_SOURCE);
  await app.execute((name) => {
    document.documentElement.dataset.theme = name;
  }, theme);
  // Let the colours settle before they are measured (no transition is half-way).
  await app.pause(150);
  const found = await app.executeAsync((LANDMARK_RULES, done) => {
    window.axe
      .run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
        // Each screen has one main landmark, at the top level.
        rules: Object.fromEntries(LANDMARK_RULES.map((rule) => [rule, { enabled: true }])),
        resultTypes: ['violations'],
      })
      .then((results) =>
        done(
          results.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical' || LANDMARK_RULES.includes(v.id))
            .flatMap((v) =>
              v.nodes.map((node) => ({ rule: v.id, impact: v.impact, target: node.target.join(' '), summary: node.failureSummary })),
            ),
        ),
      )
      .catch((error) => done([{ rule: 'axe-error', impact: 'critical', target: '', summary: String(error) }]));
  }, LANDMARK_RULES);
  // And plainly: one main landmark is shown, whatever axe makes of the page.
  const mains = await app.execute(
    () => [...document.querySelectorAll('main, [role="main"]')].filter((element) => element.getClientRects().length > 0).length,
  );
  if (mains !== 1) found.push({ rule: 'one-main', impact: 'serious', target: 'main', summary: `${mains} main landmarks are shown, not one` });
  return found.map(
    (v) => `[${screen}, ${theme}] ${v.rule} (${v.impact}) at ${v.target}\n    ${String(v.summary).replace(/\n/g, '\n    ')}`,
  );
}

/**
 * Audits the screen shown in both themes, adding what it finds to `report`,
 * saves a screenshot of each (artifacts/a11y-SCREEN-THEME.png), and goes back to light.
 */
async function audit(app, screen, report) {
  for (const theme of THEMES) {
    report.push(...(await violations(app, screen, theme)));
    await windowScreenshot(app, `a11y-${screen.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}-${theme}`);
  }
  await app.execute(() => {
    document.documentElement.dataset.theme = 'light';
  });
}

/**
 * The keyboard focus on the element focused now, in `theme`: whether its ring
 * is solid, and its contrast against the page's background (WCAG 2.4.11 asks
 * for 3:1).
 */
async function focusRing(app, theme) {
  await app.execute((name) => {
    document.documentElement.dataset.theme = name;
  }, theme);
  return app.execute(() => {
    const rgb = (text) => text.match(/rgba?\([^)]*\)/g)?.map((c) => c.match(/[\d.]+/g).map(Number)) ?? [];
    const luminance = ([r, g, b]) => {
      const [lr, lg, lb] = [r, g, b].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    };
    const contrast = (a, b) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const focused = document.activeElement;
    const style = getComputedStyle(focused);
    const colours = [...rgb(style.boxShadow), ...(style.outlineStyle !== 'none' ? rgb(style.outlineColor) : [])];
    const background = rgb(getComputedStyle(document.documentElement).backgroundColor)[0];
    return {
      element: focused.outerHTML.slice(0, 80),
      solid: colours.length > 0 && colours.every((c) => c.length === 3 || c[3] === 1),
      contrast: Math.max(0, ...colours.map((c) => contrast(c, background))),
    };
  });
}

/** Clicks the element with this data-testid. */
async function click(app, testId) {
  await (await shown(app, testId)).click();
}

test('every main screen passes axe (WCAG 2.1 AA) in the light and the dark theme', async () => {
  const dataDir = freshDataDir('a11y');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const report = [];

  // First run: each step of the welcome.
  let app = await launch(dataDir);
  let recoveryKey;
  try {
    recoveryKey = await (await shown(app, 'recovery-key')).getText();
    await audit(app, 'welcome: recovery key', report);
    await click(app, 'recovery-ack');
    await (await shown(app, 'recovery-confirm')).setValue(recoveryKey.split('-').at(-1));
    await click(app, 'recovery-continue');
    await shown(app, 'welcome-name');
    await audit(app, 'welcome: who are you', report);
    await click(app, 'welcome-skip');
    await shown(app, 'welcome-cycle');
    await audit(app, 'welcome: CME cycle', report);
    await click(app, 'welcome-skip');
    await shown(app, 'welcome-explore');
    await audit(app, 'welcome: first step', report);
    await click(app, 'welcome-explore');
    await shown(app, 'app-ready');
  } finally {
    await quit(app);
  }

  // Real content: the sample colleagues and events, a CME cycle with a
  // credit, a referral, a mentorship, an event today and an opportunity.
  cli('sample', 'add');
  cli('cme', 'cycle', 'add', '--name', 'State license', '--start', day(-300), '--end', day(400), '--hours', '50');
  cli('cme', 'credit', 'add', '--date', day(-2), '--title', 'ESC Congress sessions', '--type', 'ama_pra_1', '--hours', '7.5');
  const [colleague, other] = JSON.parse(cli('contacts', 'list', '--json'));
  cli('referrals', 'add', '--contact', String(colleague.id), '--direction', 'sent', '--specialty', 'Cardiology');
  cli('mentorship', 'add', '--contact', String(other.id), '--role', 'mentor');
  cli('events', 'add', '--title', 'Cardiology journal club', '--start', `${day(0)}T18:00`, '--location', 'Room 4B');
  cli('opportunities', 'add', '--title', 'Grand rounds talk', '--kind', 'speaking', '--contact', String(colleague.id));

  // The unlock screen: the keyring entry is gone, the recovery key is asked for.
  const { database_id: id } = JSON.parse(readFileSync(join(dataDir, 'keys.json'), 'utf8'));
  execFileSync('secret-tool', ['clear', 'service', 'curbside', 'username', id]);
  app = await launch(dataDir);
  try {
    await shown(app, 'passphrase');
    await audit(app, 'unlock', report);
    await (await shown(app, 'passphrase')).setValue(recoveryKey);
    await click(app, 'unlock-submit');
    await shown(app, 'app-ready');

    await shown(app, 'today-screen');
    await audit(app, 'Today', report);

    // The keyboard focus shows as a solid ring that stands out in both themes.
    await app.execute(() => document.activeElement?.blur());
    await app.keys(['Tab']);
    for (const theme of THEMES) {
      const ring = await focusRing(app, theme);
      assert.ok(ring.solid, `[${theme}] the focus ring on ${ring.element} is solid`);
      assert.ok(ring.contrast >= 3, `[${theme}] the focus ring on ${ring.element} has ${ring.contrast.toFixed(2)}:1 against the page`);
    }

    await click(app, 'nav-contacts');
    await (await shown(app, 'contact-row')).click();
    await shown(app, 'contact-detail');
    await audit(app, 'Contacts, a profile open', report);

    await click(app, 'nav-calendar');
    await shown(app, 'calendar-screen');
    const event = await shown(app, 'occurrence');
    await audit(app, 'Calendar, month', report);
    await event.click();
    await shown(app, 'event-detail');
    await audit(app, 'Calendar, an event open', report);
    await click(app, 'event-pane-close');
    for (const view of ['week', 'agenda', 'deadlines']) {
      await click(app, `${view}-view`);
      await app.pause(300);
      await audit(app, `Calendar, ${view}`, report);
    }
    await click(app, 'month-view');
    await click(app, 'new-event-button');
    await shown(app, 'event-form');
    await audit(app, 'Calendar, the new event form', report);
    await app.keys(['Escape']);

    await click(app, 'nav-contacts');
    await click(app, 'new-contact');
    await shown(app, 'contact-form');
    await audit(app, 'Contacts, the new contact form', report);
    await click(app, 'cancel-edit');

    await click(app, 'nav-cme');
    await shown(app, 'cycle-progress');
    await audit(app, 'CME', report);

    await click(app, 'nav-network');
    for (const tab of ['referrals', 'intros', 'mentorship', 'opportunities', 'memberships', 'review']) {
      await click(app, `network-tab-${tab}`);
      await app.pause(300);
      await audit(app, `Network, ${tab}`, report);
    }

    // Settings, every part, and dark chosen in Appearance as a user would.
    await click(app, 'nav-settings');
    // The screen is its own chunk, shown once loaded.
    await app.$('[data-testid^="settings-tab-"]').waitForDisplayed({ timeout: 10_000 });
    const parts = await app.execute(() =>
      [...document.querySelectorAll('[data-testid^="settings-tab-"]')].map((tab) => tab.dataset.testid.slice('settings-tab-'.length)),
    );
    assert.ok(parts.length >= 10, `Settings lists its parts: ${parts}`);
    for (const part of parts) {
      await click(app, `settings-tab-${part}`);
      await shown(app, `${part}-section`);
      await audit(app, `Settings, ${part}`, report);
    }
    await click(app, 'settings-tab-appearance');
    await click(app, 'theme-dark');
    assert.equal(await app.execute(() => document.documentElement.dataset.theme), 'dark', 'Appearance → Dark shows the dark theme');
    await click(app, 'theme-light');

    await click(app, 'nav-duplicates');
    await app.pause(300);
    await audit(app, 'Duplicates', report);

    await click(app, 'export-button');
    await shown(app, 'export-confirm');
    await audit(app, 'Export dialog', report);
    await app.keys(['Escape']);
    await app.waitUntil(async () => !(await app.$('[data-testid="export-confirm"]').isExisting()), { timeout: 5_000 });

    await click(app, 'nav-today');
    await app.keys(['?']);
    await shown(app, 'shortcuts');
    await audit(app, 'Keyboard shortcuts dialog', report);
    await app.keys(['Escape']);

    await pressInWindow('ctrl+k');
    await shown(app, 'command-palette');
    await audit(app, 'Command palette', report);
    await app.keys(['Escape']);

    // The import preview, as when a card is opened with Curbside.
    const card = join(dirname(dataDir), 'Okafor.vcf');
    writeFileSync(card, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Amara Okafor\r\nN:Okafor;Amara;;;\r\nEND:VCARD\r\n');
    const second = spawnSync(process.env.CURBSIDE_APP, ['--data-dir', dataDir, card], { timeout: 20_000 });
    assert.equal(second.status, 0, `the file is handed to the open window: ${second.stderr}`);
    await shown(app, 'import-panel');
    await audit(app, 'Import preview', report);
  } finally {
    await quit(app);
  }

  assert.equal(report.length, 0, `axe found ${report.length} serious or critical violations:\n${report.join('\n')}`);
});
