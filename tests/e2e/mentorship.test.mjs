// Mentorship on the real app: add a mentee with a goal and a letter
// request, log a meeting with an action item, and find all of it on the
// Network screen's Mentorship tab after a restart; and a form's problems,
// its own and the core's, marked at their fields.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { day, freshDataDir, launch, quit, shown } from './app.mjs';

/** Sets a native input's value as the user's typing would (date pickers take no keys over WebDriver). */
async function setValue(app, testId, value) {
  const field = await shown(app, testId);
  await app.execute(
    (element, text) => {
      const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(prototype, 'value').set.call(element, text);
      element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
    },
    field,
    value,
  );
}

async function textOf(app, testId) {
  const element = await shown(app, testId);
  return app.execute((el) => el.textContent.replace(/\s+/g, ' ').trim(), element);
}

async function openMentorship(app) {
  await (await shown(app, 'nav-network')).click();
  await (await shown(app, 'network-tab-mentorship')).click();
  await shown(app, 'mentorship-tab');
}

/** Picks a contact in a picker by typing their name and pressing Enter. */
async function pick(app, inputId, name) {
  const search = await app.$(`#${inputId}`);
  await search.waitForDisplayed({ timeout: 10_000 });
  await search.setValue(name);
  await app.keys('Enter');
  await app.waitUntil(async () => (await app.$(`[data-testid="${inputId}-chosen"]`).isExisting()), {
    timeout: 10_000,
    timeoutMsg: `${name} was not picked`,
  });
}

test('a mentee with a goal, a meeting with an action item and a letter request survive a restart', async () => {
  const dataDir = freshDataDir('mentorship');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  cli('contacts', 'add', '--name', 'Ben Okafor', '--specialty', 'Internal medicine');

  let app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await openMentorship(app);

    await pick(app, 'mentorship-contact', 'Ben Okafor');
    await setValue(app, 'mentorship-every', '4');
    await (await shown(app, 'mentorship-add')).click();
    const card = await app.$('[data-testid^="mentorship-"][aria-labelledby$="-name"]');
    await card.waitForDisplayed({ timeout: 10_000 });

    await setValue(app, 'mentorship-goal-text', 'Match in cardiology');
    await setValue(app, 'mentorship-goal-target', day(200));
    await (await shown(app, 'mentorship-goal-add')).click();
    await app.waitUntil(async () => (await textOf(app, 'mentorship-goal')).includes('Match in cardiology'), {
      timeout: 10_000,
      timeoutMsg: 'the goal is not listed',
    });

    await (await shown(app, 'mentorship-log-meeting')).click();
    await setValue(app, 'mentorship-meeting-notes', 'Went over the personal statement');
    await setValue(app, 'mentorship-meeting-actions', 'Send comments by Friday');
    await (await shown(app, 'mentorship-meeting-save')).click();
    await app.waitUntil(async () => (await textOf(app, 'mentorship-action')).includes('Send comments by Friday'), {
      timeout: 10_000,
      timeoutMsg: 'the action item is not listed',
    });

    await pick(app, 'letter-contact', 'Ben Okafor');
    await setValue(app, 'letter-name', 'IM residency, UCSF');
    await setValue(app, 'letter-deadline', day(90));
    // The meeting's toast ("Meeting with … logged") sits over the foot of
    // the window for a few seconds, where this form's button is.
    const addLetter = await shown(app, 'letter-add');
    await app.waitUntil(
      () =>
        app.execute((button) => {
          const box = button.getBoundingClientRect();
          const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          return button === top || button.contains(top);
        }, addLetter),
      { timeout: 15_000, timeoutMsg: 'the letter form\'s button stays covered' },
    );
    await addLetter.click();
    await app.waitUntil(async () => (await app.$('[data-testid^="letter-"] [data-testid="letter-status"]').isExisting()), {
      timeout: 10_000,
      timeoutMsg: 'the letter request is not listed',
    });
  } finally {
    await quit(app);
  }

  app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await openMentorship(app);
    assert.match(await textOf(app, 'mentorship-tab'), /Your mentees/);
    assert.match(await textOf(app, 'mentorship-goal'), /Match in cardiology/);
    assert.match(await textOf(app, 'mentorship-meeting'), /Went over the personal statement/);
    assert.match(await textOf(app, 'mentorship-action'), /Send comments by Friday/);
    assert.match(await textOf(app, 'mentorship-tab'), /IM residency, UCSF/);
    assert.match(await textOf(app, 'mentorship-cadence'), /Meet every 4 weeks · next by/);
  } finally {
    await quit(app);
  }

  // The CLI reads the same book: the letter is the user's to write (Ben is a mentee).
  const letters = JSON.parse(cli('mentorship', 'letter', 'list', '--json'));
  assert.equal(letters.length, 1);
  assert.equal(letters[0].writer, 'me');
});

test("the add form marks what is missing at its field, and the core's refusal (already your mentee) at the role", async () => {
  const dataDir = freshDataDir('mentorship-errors');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const ben = JSON.parse(cli('contacts', 'add', '--name', 'Ben Okafor', '--json')).id;
  cli('mentorship', 'add', '--contact', String(ben), '--role', 'mentee');

  const app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await openMentorship(app);
    const focused = () => app.execute(() => document.activeElement?.id ?? '');

    await (await shown(app, 'mentorship-add')).click();
    const who = await app.$('#mentorship-contact');
    await app.waitUntil(async () => (await who.getAttribute('aria-invalid')) === 'true', {
      timeout: 10_000,
      timeoutMsg: 'the empty picker is not marked',
    });
    assert.equal(await focused(), 'mentorship-contact');
    assert.match(await textOf(app, 'field-error-mentorship-contact'), /Pick the mentor or mentee/);

    await pick(app, 'mentorship-contact', 'Ben Okafor');
    await (await shown(app, 'mentorship-add')).click();
    const role = await app.$('#mentorship-role');
    await app.waitUntil(async () => (await role.getAttribute('aria-invalid')) === 'true', {
      timeout: 10_000,
      timeoutMsg: 'the refused role is not marked',
    });
    assert.equal(await focused(), 'mentorship-role');
    assert.match(await textOf(app, 'field-error-mentorship-role'), /Ben Okafor is already your mentee/);
    assert.match(await textOf(app, 'mentorship-form-error-summary'), /One field needs your attention/);
  } finally {
    await quit(app);
  }
  assert.equal(JSON.parse(cli('mentorship', 'list', '--json')).length, 1);
});
