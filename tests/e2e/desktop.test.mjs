// Desktop conventions on the real app: the menu bar's accelerators reach
// the window (Ctrl+3 opens the calendar, Ctrl+, Settings, Ctrl+K the
// command palette), "?" lists the shortcuts, Help → About Curbside opens,
// and File → Close Window (Ctrl+W) closes the window to the tray; Settings
// → Appearance's Dark is shown at once and kept across launches; the
// window reopens at its last size and place.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { freshDataDir, launch, openSettings, pressInWindow, quit, shown } from './app.mjs';

const xdotool = (...args) => execFileSync('timeout', ['20', 'xdotool', ...args]).toString().trim();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The app's main window (titled "Curbside"), found through the X server. */
const mainWindow = () => xdotool('search', '--sync', '--onlyvisible', '--name', '^Curbside$').split('\n')[0];
const press = pressInWindow;

/** The page's background colour, as the user sees it. */
const background = (app) => app.execute(() => getComputedStyle(document.documentElement).backgroundColor);

/** The main window's position and size, as the X server has them. */
function geometry() {
  let window;
  try {
    window = mainWindow();
  } catch (error) {
    // Which windows there are, mapped or not, to see why none shows.
    const all = execFileSync('bash', ['-c', 'for w in $(xdotool search --name Curbside); do xwininfo -id $w; done']);
    throw new Error(`no shown window titled Curbside:\n${all}`, { cause: error });
  }
  const shape = Object.fromEntries(
    xdotool('getwindowgeometry', '--shell', window)
      .split('\n')
      .map((line) => line.split('='))
      .map(([key, value]) => [key, Number(value)]),
  );
  return { x: shape.X, y: shape.Y, width: shape.WIDTH, height: shape.HEIGHT };
}

// First: later launches in one run have been seen to start with their window
// unmapped under Xvfb (with or without the window state), which this test would
// take for the state's doing.
test('the window reopens at the size and place it was left', async () => {
  const dataDir = freshDataDir('window');
  execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, 'contacts', 'add', '--name', 'Dr Ana Ruiz']);
  let app = await launch(dataDir);
  const left = { x: 60, y: 40, width: 1000, height: 640 };
  try {
    await shown(app, 'app-ready');
    assert.notDeepEqual(geometry(), left, 'the first launch opens at the default size');
    xdotool('windowsize', mainWindow(), String(left.width), String(left.height));
    xdotool('windowmove', mainWindow(), String(left.x), String(left.y));
    await app.waitUntil(async () => JSON.stringify(geometry()) === JSON.stringify(left), {
      timeout: 5_000,
      timeoutMsg: `the window did not take ${JSON.stringify(left)}: ${JSON.stringify(geometry())}`,
    });
    // Saved once the window has settled (the driver ends the app without a Quit).
    const saved = join(dataDir, 'window-state.json');
    await app.waitUntil(() => existsSync(saved) && JSON.parse(readFileSync(saved, 'utf8')).main?.width === left.width, {
      timeout: 5_000,
      timeoutMsg: 'the window state was not saved after the resize',
    });
  } finally {
    await quit(app);
  }
  app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    assert.deepEqual(geometry(), left);
  } finally {
    await quit(app);
  }
});

test('the menu bar, the shortcut list, About and Close Window', async () => {
  const dataDir = freshDataDir('desktop');
  execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, 'contacts', 'add', '--name', 'Dr Ana Ruiz']);
  const app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await press('ctrl+3');
    await shown(app, 'calendar-screen');
    await press('ctrl+comma');
    await shown(app, 'settings-screen');
    // Ctrl+K: the command palette, used from the keyboard alone.
    await press('ctrl+k');
    await shown(app, 'command-palette');
    await app.keys([...'cme']);
    await app.keys(['Enter']);
    await shown(app, 'cme-screen');

    await (await shown(app, 'nav-today')).click();
    await app.keys(['?']);
    const list = await shown(app, 'shortcuts');
    assert.match(await list.getText(), /Ctrl\+F\s+Find a contact/);
    await app.keys(['Escape']);
    await app.waitUntil(async () => !(await app.$('[data-testid="shortcuts"]').isExisting()), { timeout: 5_000 });

    // Help → About Curbside, through the menu bar from the keyboard: F10
    // opens the first menu, Left wraps to the last (Help), Up picks its last
    // item.
    await press('F10');
    await sleep(300);
    for (const key of ['Left', 'Up', 'Return']) {
      xdotool('key', key);
      await sleep(200);
    }
    const about = xdotool('search', '--sync', '--onlyvisible', '--name', 'About Curbside').split('\n')[0];
    xdotool('windowfocus', '--sync', about);
    await sleep(300);
    xdotool('key', 'Escape');
    await sleep(500);

    // File → Close Window: the window goes to the tray; the app runs on.
    await press('ctrl+w');
    await app.waitUntil(
      () => {
        try {
          execFileSync('xdotool', ['search', '--onlyvisible', '--name', '^Curbside$']);
          return false;
        } catch {
          return true;
        }
      },
      { timeout: 5_000, timeoutMsg: 'the window was still shown after Ctrl+W' },
    );
  } finally {
    await quit(app);
  }
});

test('the dark colours chosen in Settings are shown at once and after a restart', async () => {
  const dataDir = freshDataDir('theme');
  execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, 'contacts', 'add', '--name', 'Dr Ana Ruiz']);
  let app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    const light = await background(app);
    await openSettings(app, 'appearance');
    await (await shown(app, 'theme-dark')).click();
    await app.waitUntil(async () => (await background(app)) !== light, { timeout: 5_000 });
    assert.equal(await app.execute(() => document.documentElement.dataset.theme), 'dark');
  } finally {
    await quit(app);
  }
  app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    assert.equal(await app.execute(() => document.documentElement.dataset.theme), 'dark');
    await openSettings(app, 'appearance');
    await (await shown(app, 'theme-system')).click();
    assert.equal(await app.execute(() => document.documentElement.dataset.theme), 'light', 'Xvfb prefers light');
  } finally {
    await quit(app);
  }
});
