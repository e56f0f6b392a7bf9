// Drives the real Curbside window over WebDriver: one session is one launch
// of the app binary with its own data folder.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { remote } from 'webdriverio';

const APP = process.env.CURBSIDE_APP;
if (!APP) throw new Error('CURBSIDE_APP must name the built curbside binary');

/** A fresh, empty data folder for one test. */
export function freshDataDir(label) {
  return join(mkdtempSync(join(tmpdir(), `curbside-e2e-${label}-`)), 'data');
}

/** Launches the app on the data folder through the tauri-driver on `port`, with any further arguments. */
export async function launch(dataDir, port = Number(process.env.TAURI_DRIVER_PORT ?? 4444), args = []) {
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'warn',
    connectionRetryTimeout: 120_000,
    capabilities: {
      'tauri:options': { application: APP, args: ['--data-dir', dataDir, ...args] },
    },
  });
  browser.curbsideDataDir = dataDir;
  return browser;
}

/** The element with this data-testid, once it is shown. */
export async function shown(browser, testId, timeout = 30_000) {
  const element = browser.$(`[data-testid="${testId}"]`);
  await element.waitForDisplayed({ timeout, timeoutMsg: `"${testId}" was not shown within ${timeout} ms` });
  return element;
}

/** Types into the form field named `name`. */
export async function fill(browser, name, value) {
  const field = browser.$(`[data-testid="contact-form"] [name="${name}"]`);
  await field.waitForDisplayed({ timeout: 10_000 });
  await field.setValue(value);
}

/** Goes to the contacts screen (the app opens on Today). */
export async function openContacts(browser) {
  if (await browser.$('[data-testid="contact-list"]').isDisplayed()) return;
  await (await shown(browser, 'nav-contacts')).click();
  await shown(browser, 'contact-list');
}

/** Goes to Settings and shows its part `part` (its id: 'presence', 'reminder-settings', 'sync', 'security'…). */
export async function openSettings(browser, part) {
  await (await shown(browser, 'nav-settings')).click();
  await (await shown(browser, `settings-tab-${part}`)).click();
  await shown(browser, `${part}-section`);
}

/** Opens the form for a new contact, from wherever the app is. */
export async function newContact(browser) {
  await openContacts(browser);
  await (await shown(browser, 'new-contact')).click();
}

/** The display names in the contact list, top to bottom. */
export async function listedNames(browser) {
  await shown(browser, 'app-ready');
  await openContacts(browser);
  return browser.execute(() =>
    [...document.querySelectorAll('[data-testid="contact-row"] [data-testid="row-name"]')].map((el) => el.textContent.trim()),
  );
}

/** Quits the app, as closing its window would. */
export async function quit(browser) {
  await browser.deleteSession();
  await gone(browser.curbsideDataDir);
}

/**
 * Waits until no app runs on `dataDir`, and ends one still there after 10 s.
 * The window hides to the tray when closed, so the driver ends the process
 * itself, and not always at once: a launch on the same folder meanwhile
 * would hand itself over to the dying app (one app per folder) and never
 * open a window of its own.
 */
async function gone(dataDir) {
  if (!dataDir) return;
  const running = () => {
    try {
      return execFileSync('pgrep', ['-f', '-x', `${APP} --data-dir ${dataDir}( .*)?`]).toString().trim().split('\n');
    } catch {
      return [];
    }
  };
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (running().length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const left = running();
  console.warn(`ending the app the driver left running on ${dataDir}: ${left.join(' ')}`);
  if (left.length) execFileSync('kill', ['-KILL', ...left]);
}

/**
 * Answers the native (GTK) file dialog titled `title` by typing `path` into
 * its location field, as a person would, through the X server. A dialog
 * still open a few seconds later (keys typed while it was still setting
 * itself up, on a busy machine) is answered again, up to three times.
 */
export async function answerFileDialog(title, path) {
  const xdotool = (...args) => execFileSync('timeout', ['20', 'xdotool', ...args]).toString().trim();
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const open = () => {
    try {
      return execFileSync('xdotool', ['search', '--onlyvisible', '--name', title]).toString().trim().split('\n')[0];
    } catch {
      return null;
    }
  };
  xdotool('search', '--sync', '--onlyvisible', '--name', title);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const window = open();
    if (!window) return;
    xdotool('windowfocus', '--sync', window);
    await sleep(1000);
    xdotool('key', 'ctrl+l');
    // A save dialog offers its suggested name with the stem selected: replace
    // all of it, extension included.
    xdotool('key', 'ctrl+a');
    xdotool('type', '--delay', '15', path);
    await sleep(300);
    xdotool('key', 'Return');
    for (let waited = 0; waited < 5000 && open(); waited += 250) await sleep(250);
  }
  if (open()) throw new Error(`the "${title}" dialog did not take ${path}`);
}

/**
 * Walks a first run's welcome as a person would: reads the recovery key,
 * says it is saved and types its last group back, then, in "Who are you?",
 * enters `name` and `credentials` (or skips), skips the cycle, and ends on
 * `first` ('explore', 'import' or 'add-contact'). Returns the recovery key.
 */
export async function passWelcome(app, { name = null, credentials = '', first = 'explore' } = {}) {
  const key = await (await shown(app, 'recovery-key')).getText();
  await (await shown(app, 'recovery-ack')).click();
  await (await shown(app, 'recovery-confirm')).setValue(key.split('-').at(-1));
  await (await shown(app, 'recovery-continue')).click();
  if (name === null) {
    await (await shown(app, 'welcome-skip')).click();
  } else {
    await (await shown(app, 'welcome-name')).setValue(name);
    await (await shown(app, 'welcome-credentials')).setValue(credentials);
    await (await shown(app, 'welcome-next')).click();
  }
  await shown(app, 'welcome-cycle');
  await (await shown(app, 'welcome-skip')).click();
  await (await shown(app, `welcome-${first}`)).click();
  return key;
}

/** `YYYY-MM-DD` of the day `offset` days from today, on this machine's calendar. */
export function day(offset) {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Sets a native control's value (a date picker, a select) as the user's input would. */
export async function setValue(app, testId, value) {
  const field = await shown(app, testId);
  await app.execute(
    (element, text) => {
      const prototype = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(prototype, 'value').set.call(element, text);
      element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
    },
    field,
    value,
  );
}

/** The text of every element with this data-testid, joined. */
export async function texts(app, testId) {
  return app.execute(
    (id) => [...document.querySelectorAll(`[data-testid="${id}"]`)].map((e) => e.textContent.replace(/\s+/g, ' ')).join('|'),
    testId,
  );
}

/**
 * Saves what the app's window shows as artifacts/NAME.png, through the X
 * server (WebKitWebDriver's own screenshot does not answer under Xvfb).
 */
export async function windowScreenshot(app, name) {
  if (!process.env.DISPLAY) return;
  const artifacts = new URL('./artifacts/', import.meta.url).pathname;
  mkdirSync(artifacts, { recursive: true });
  await app.pause(200);
  const window = execFileSync('xdotool', ['search', '--sync', '--onlyvisible', '--name', '^Curbside$']).toString().trim().split('\n')[0];
  execFileSync('import', ['-window', window, `${artifacts}${name}.png`]);
}

/** Presses keys in the main window through the X server (xdotool's names: "ctrl+k"), as the user would: GTK's accelerators see them. */
export async function pressInWindow(keys) {
  const xdotool = (...args) => execFileSync('timeout', ['20', 'xdotool', ...args]).toString().trim();
  const window = xdotool('search', '--sync', '--onlyvisible', '--name', '^Curbside$').split('\n')[0];
  xdotool('windowfocus', '--sync', window);
  await new Promise((resolve) => setTimeout(resolve, 300));
  xdotool('key', '--window', window, '--clearmodifiers', keys);
}
