// Input-to-frame times on the real app, driven over WebDriver (tauri-driver,
// as tests/e2e does): opening Contacts (on a settled first screen, and as
// soon as the window shows the book), each keystroke of a search, opening a
// profile with 1,000 interactions, opening the calendar's month. Each is
// measured inside the page: performance.now() at the input event, then,
// once the DOM shows the result, two animation frames (the frame that paints
// it has then been drawn). Run by tests/bench/app-start.sh, which appends
// one line per sample, `frame:MEASURE MILLISECONDS`, to BENCH_RESULTS.
import { appendFileSync } from 'node:fs';
import { launch, shown, quit } from '../e2e/app.mjs';

const dataDir = process.env.BENCH_DATA_DIR;
const results = process.env.BENCH_RESULTS;
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
if (!dataDir || !results) throw new Error('BENCH_DATA_DIR and BENCH_RESULTS must be set');

/** What each measure waits for the page to show. */
const PROFILE = 'Dr. Profile Benchmark';
const QUERY = 'okafor';

const app = await launch(dataDir);
try {
  for (let round = 0; round < rounds; round += 1) {
    // Contacts clicked as soon as the window shows the book (the count is in), while the
    // start's other reads (what is due, the duplicates) may still hold the database.
    await app.execute(() => location.reload());
    await shown(app, 'app-ready', 300_000);
    await install();
    record('contacts_open_at_ready', await measure('click', 'contacts', '', () => click('nav-contacts')));

    // Each round from a fresh page on the open book, once its first screen has settled with its data.
    await app.execute(() => location.reload());
    await settled();
    await install();

    record('contacts_open', await measure('click', 'contacts', '', () => click('nav-contacts')));

    const search = await shown(app, 'search');
    await search.click();
    for (let typed = 1; typed <= QUERY.length; typed += 1) {
      const prefix = QUERY.slice(0, typed);
      const ms = await measure('input', 'search', prefix, () => search.addValue(QUERY[typed - 1]), true);
      if (ms !== null) record('search_keystroke', ms);
      else appendFileSync(results, `unchanged:search_keystroke 1\n`);
    }

    await search.setValue('benchmark');
    const row = app.$(`[data-testid="contact-row"]*=${PROFILE}`);
    await row.waitForDisplayed({ timeout: 60_000, timeoutMsg: `"${PROFILE}" was not found by the search` });
    record('profile_open', await measure('click', 'profile', PROFILE, () => row.click()));

    record('calendar_month', await measure('click', 'calendar', '', () => click('nav-calendar')));
  }
} finally {
  await quit(app);
}

function record(measure, ms) {
  appendFileSync(results, `frame:${measure} ${ms.toFixed(1)}\n`);
}

/** Waits for the first screen settled with all its data (MainView's `data-settled`: the start marker's data, then the duplicates badge's, looked for after it). */
async function settled() {
  const layout = app.$('[data-settled]');
  await layout.waitForExist({ timeout: 300_000, timeoutMsg: 'the first screen did not settle within 300 s' });
}

async function click(testId) {
  await (await shown(app, testId)).click();
}

/**
 * Arms the page for one input of `type`, does `act`, and returns the
 * milliseconds from the input event to two frames after the DOM first
 * showed `condition`. With `needsChange` (a keystroke of the search), only
 * after the DOM changed: a keystroke that leaves the rows shown as they were
 * (the 200 first "okaf…" are the 200 first "oka…") paints nothing new and
 * cannot be timed from the page; it gives null after 5 s when the rows
 * shown already match.
 */
async function measure(type, condition, arg, act, needsChange = false) {
  await app.execute((type, condition, arg, needsChange) => window.__bench.arm(type, condition, arg, needsChange), type, condition, arg, needsChange);
  await act();
  const started = Date.now();
  for (;;) {
    const ms = await app.execute(() => window.__benchResult);
    if (ms !== null && ms !== undefined) return ms;
    const waited = Date.now() - started;
    if (needsChange && waited > 5_000 && (await app.execute((c, a) => window.__bench.holds(c, a), condition, arg))) return null;
    if (waited > 120_000) throw new Error(`"${condition}" (${arg}) was not shown within 120 s of the ${type}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Puts the measuring code into the page (again after each reload). */
async function install() {
  await app.execute(() => {
    const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const conditions = {
      contacts: () => document.querySelector('[data-testid="contact-list"] [data-testid="contact-row"]') !== null,
      // Every row shown matches what was typed (search results, not the list before them).
      search: (query) => {
        const rows = [...document.querySelectorAll('[data-testid="contact-row"]')];
        return rows.length > 0 && rows.every((row) => fold(row.textContent).includes(fold(query)));
      },
      profile: (name) => {
        const detail = document.querySelector('[data-testid="contact-detail"]');
        return detail !== null && detail.textContent.includes(name) && detail.querySelector('[data-testid="timeline-item"]') !== null;
      },
      calendar: () => document.querySelector('[data-testid="calendar-screen"] [data-testid="occurrence"]') !== null,
    };
    window.__bench = {
      holds: (condition, arg) => conditions[condition](arg),
      arm(type, condition, arg, needsChange) {
        window.__benchResult = null;
        const state = { start: null, changed: !needsChange, done: false };
        const check = () => {
          if (state.done || state.start === null || !state.changed || !conditions[condition](arg)) return;
          state.done = true;
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => (window.__benchResult = performance.now() - state.start)));
        };
        const observer = new MutationObserver(() => {
          state.changed = true;
          check();
        });
        document.addEventListener(
          type,
          () => {
            state.start = performance.now();
            observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
            check();
          },
          { capture: true, once: true },
        );
      },
    };
  });
}
