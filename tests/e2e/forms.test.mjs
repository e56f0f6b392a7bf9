// The contact form and the contact list on the real app: a bad save marks
// every wrong field at once with focus on the first; a birthday chosen with
// the month/day picker (29 February, no year) is saved and shown; a search
// for a word of a note shows that note's words under the name, marked; the
// list sorted by family name stays so after a restart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshDataDir, launch, listedNames, newContact, openContacts, passWelcome, quit, setValue, shown, texts } from './app.mjs';

/** The id and aria-invalid of the focused element. */
async function focused(app) {
  return app.execute(() => ({ id: document.activeElement?.id ?? '', invalid: document.activeElement?.getAttribute('aria-invalid') ?? null }));
}

async function addContact(app, name, note = '') {
  await newContact(app);
  await (await app.$('#contact-name')).setValue(name);
  if (note !== '') await (await app.$('#contact-notes')).setValue(note);
  await (await shown(app, 'save-contact')).click();
  await app.waitUntil(async () => !(await app.$('[data-testid="contact-form"]').isExisting()), {
    timeout: 10_000,
    timeoutMsg: `${name} was not saved`,
  });
}

test('field errors at their fields, the birthday picker, why a search matched, sort by family name', async () => {
  const dataDir = freshDataDir('forms');
  let app = await launch(dataDir);
  try {
    await passWelcome(app);
    await shown(app, 'app-ready');

    // A bad save: the name missing and an email that is not one, both marked, focus on the name.
    await newContact(app);
    await (await app.$('#contact-emails')).setValue('ana at example.org');
    await (await shown(app, 'save-contact')).click();
    await shown(app, 'form-error-summary');
    assert.deepEqual(await focused(app), { id: 'contact-name', invalid: 'true' });
    assert.equal(await (await app.$('#contact-emails')).getAttribute('aria-invalid'), 'true');
    assert.match(await texts(app, 'field-error-contact-name'), /Name is required/);
    assert.match(await texts(app, 'field-error-contact-emails'), /"ana at example.org" is not an email address/);
    assert.match(await texts(app, 'form-error-summary'), /2 fields need your attention/);

    // Fixed as typed; the birthday is 29 February without a year.
    await (await app.$('#contact-name')).setValue('Ana van der Berg');
    await (await app.$('#contact-emails')).clearValue();
    await (await app.$('#contact-emails')).setValue('ana@example.org');
    await app.waitUntil(async () => !(await app.$('[data-testid="form-error-summary"]').isExisting()), {
      timeout: 5_000,
      timeoutMsg: 'the errors did not clear as the fields were fixed',
    });
    await (await app.$('#contact-birthday')).selectByAttribute('value', '2');
    await (await app.$('#contact-birthday-day')).selectByAttribute('value', '29');
    await (await app.$('#contact-notes')).setValue('Runs the registry. Ask her about ECMO weaning.');
    await (await shown(app, 'save-contact')).click();
    const detail = await shown(app, 'contact-detail');
    await app.waitUntil(async () => /February/.test(await detail.getText()), {
      timeout: 10_000,
      timeoutMsg: 'the birthday was not shown on the profile',
    });
    assert.match(await detail.getText(), /(29 February|February 29)/);

    // Search a word of the note: the row says where, the word marked.
    await addContact(app, "Sean O'Neil");
    await addContact(app, 'Zoe Adams');
    await openContacts(app);
    const search = await shown(app, 'search');
    await search.setValue('ecmo');
    await app.waitUntil(async () => (await texts(app, 'row-match')) !== '', {
      timeout: 10_000,
      timeoutMsg: 'the search result did not say why it matched',
    });
    assert.match(await texts(app, 'row-match'), /Note: .*Ask her about ECMO weaning/);
    assert.deepEqual(await app.execute(() => [...document.querySelectorAll('[data-testid="row-match"] mark')].map((m) => m.textContent)), [
      'ECMO',
    ]);
    await setValue(app, 'search', '');

    // Sorted by family name, and still after a restart.
    await app.waitUntil(async () => (await listedNames(app)).length === 3, { timeout: 10_000 });
    assert.deepEqual(await listedNames(app), ['Ana van der Berg', "Sean O'Neil", 'Zoe Adams']);
    await (await shown(app, 'contact-sort')).selectByAttribute('value', 'family');
    await app.waitUntil(async () => (await listedNames(app))[0] === 'Zoe Adams', {
      timeout: 10_000,
      timeoutMsg: 'the list was not sorted by family name',
    });
    assert.deepEqual(await listedNames(app), ['Zoe Adams', "Sean O'Neil", 'Ana van der Berg']);
  } finally {
    await quit(app);
  }
  app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await openContacts(app);
    assert.equal(await (await shown(app, 'contact-sort')).getValue(), 'family');
    await app.waitUntil(async () => (await listedNames(app)).length === 3, { timeout: 10_000 });
    assert.deepEqual(await listedNames(app), ['Zoe Adams', "Sean O'Neil", 'Ana van der Berg']);
  } finally {
    await quit(app);
  }
});
