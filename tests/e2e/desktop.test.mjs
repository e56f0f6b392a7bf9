// Desktop conventions on the real app: the menu bar's accelerators reach
// the window (Ctrl+3 opens the calendar, Ctrl+, Settings), "?" lists the
// shortcuts, Help → About Curbside opens, and File → Close Window (Ctrl+W)
// closes the window to the tray; Settings → Appearance's Dark is shown at
// once and kept across launches.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { freshDataDir, launch, openSettings, quit, shown } from './app.mjs';

const xdotool = (...args) => execFileSync('timeout', ['20', 'xdotool', ...args]).toString().trim();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The app's main window (titled "Curbside"), found through the X server. */
const mainWindow = () => xdotool('search', '--sync', '--onlyvisible', '--name', '^Curbside$').split('\n')[0];
/** Presses keys in the main window, as the user would: GTK's accelerators see them. */
async function press(keys) {
  const window = mainWindow();
  xdotool('windowfocus', '--sync', window);
  await sleep(300);
  xdotool('key', '--window', window, '--clearmodifiers', keys);
}

/** The page's background colour, as the user sees it. */
const background = (app) => app.execute(() => getComputedStyle(document.documentElement).backgroundColor);

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
