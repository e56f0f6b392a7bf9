// Layouts on the real app at the widths doctors' screens have (1024, 1280 and
// 1920 px): Today, a contact's profile and the month, each saved as a
// screenshot in artifacts/, and held to what a user would notice: nothing
// runs off the side, a profile's name stays on one line with its buttons
// beside it only when there is room, and the month has the full width until
// an event is chosen.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { day, freshDataDir, launch, openContacts, passWelcome, quit, shown, windowScreenshot } from './app.mjs';

const WIDTHS = [1024, 1280, 1920];
const HEIGHT = 800;
const LONG_NAME = 'Oluwaseun Adeyemi-Okonkwo';

/** Resizes the window and waits until the page has the width. */
async function resize(app, width) {
  await app.setWindowSize(width, HEIGHT);
  await app.waitUntil(async () => (await app.execute(() => window.innerWidth)) === width, {
    timeout: 10_000,
    timeoutMsg: `the page did not become ${width} px wide`,
  });
}

/** Fails when the page is wider than the window (a sideways scroll or cut-off content). */
async function assertNoSidewaysOverflow(app, where) {
  const { scroll, inner } = await app.execute(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  assert.ok(scroll <= inner, `${where}: the page is ${scroll} px wide in a ${inner} px window`);
}

/** Width of the element matched by `selector`, in px. */
async function widthOf(app, selector) {
  return app.execute((css) => document.querySelector(css)?.getBoundingClientRect().width ?? 0, selector);
}

test('Today, a profile and the month fit 1024, 1280 and 1920 px wide', async () => {
  const dataDir = freshDataDir('layout');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

  let app = await launch(dataDir);
  try {
    await passWelcome(app);
    await shown(app, 'app-ready');
  } finally {
    await quit(app);
  }
  cli('sample', 'add');
  cli('contacts', 'add', '--name', `Dr ${LONG_NAME}`, '--credentials', 'MD, PhD, FACC', '--specialty', 'Interventional cardiology');
  cli('events', 'add', '--title', 'Cardiology journal club', '--start', `${day(0)}T18:00`, '--location', 'Room 4B');

  app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    for (const width of WIDTHS) {
      await resize(app, width);

      // Today.
      await (await shown(app, 'nav-today')).click();
      await shown(app, 'today-screen');
      await assertNoSidewaysOverflow(app, `Today at ${width} px`);
      await windowScreenshot(app, `layout-today-${width}`);

      // A profile: the name on one line, the buttons beside it only if they fit.
      await openContacts(app);
      const row = app.$(`//*[@data-testid="contact-row"][contains(., "${LONG_NAME}")]`);
      await row.waitForDisplayed({ timeout: 10_000 });
      await row.click();
      await app.waitUntil(async () => (await (await shown(app, 'detail-name')).getText()).includes(LONG_NAME), { timeout: 10_000 });
      const header = await app.execute(() => {
        const name = document.querySelector('[data-testid="detail-name"]');
        const actions = document.querySelector('[data-testid="edit-contact"]').parentElement.getBoundingClientRect();
        const box = name.getBoundingClientRect();
        // The lines the name's text takes (its line boxes' distinct tops).
        const range = document.createRange();
        range.selectNodeContents(name);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        return { lines, name: { right: box.right, bottom: box.bottom }, actions: { left: actions.left, top: actions.top } };
      });
      assert.equal(header.lines, 1, `at ${width} px the name is squeezed onto ${header.lines} lines`);
      assert.ok(
        header.actions.top >= header.name.bottom || header.actions.left >= header.name.right,
        `at ${width} px the buttons overlap the name`,
      );
      await assertNoSidewaysOverflow(app, `a profile at ${width} px`);
      await windowScreenshot(app, `layout-profile-${width}`);

      // The month: the full width until an event is chosen, then the event beside it.
      await (await shown(app, 'nav-calendar')).click();
      const occurrence = await shown(app, 'occurrence');
      const screenWidth = await widthOf(app, '[data-testid="calendar-screen"]');
      const monthWidth = await widthOf(app, '[data-testid="calendar-screen"] .ec');
      assert.ok(monthWidth >= screenWidth - 40, `at ${width} px the month is ${monthWidth} px of ${screenWidth}`);
      assert.equal(await app.$('[data-testid="calendar-screen"] .event-pane').isDisplayed(), false, 'no empty event pane');
      await assertNoSidewaysOverflow(app, `the month at ${width} px`);
      await windowScreenshot(app, `layout-month-${width}`);

      await occurrence.click();
      await shown(app, 'event-detail');
      const narrower = await widthOf(app, '[data-testid="calendar-screen"] .ec');
      assert.ok(narrower < monthWidth - 200, `at ${width} px the chosen event has a pane beside the month`);
      await assertNoSidewaysOverflow(app, `an event at ${width} px`);
      await windowScreenshot(app, `layout-month-event-${width}`);
      await (await shown(app, 'event-pane-close')).click();
      await app.waitUntil(async () => (await widthOf(app, '[data-testid="calendar-screen"] .ec')) >= screenWidth - 40, {
        timeout: 5_000,
        timeoutMsg: `at ${width} px closing the event did not give the month its width back`,
      });
    }
  } finally {
    await quit(app);
  }
});
