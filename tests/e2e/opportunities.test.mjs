// Opportunities and memberships on the real app: a job lead with two people
// (each with a role) and a deadline, a membership with a renewal date, both
// still there after the app restarts; the lead's deadline and notes edited
// through "Edit" and seen in the list; then the CLI reads the same book.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { day, freshDataDir, launch, quit, setValue, shown, texts } from './app.mjs';

async function until(app, testId, pattern, message) {
  await app.waitUntil(async () => pattern.test(await texts(app, testId)), { timeout: 15_000, timeoutMsg: message });
}

/** Picks a contact as a person involved, in the role given. */
async function involve(app, name, role) {
  await setValue(app, 'opportunity-role', role);
  const search = await app.$('#opportunity-person');
  await search.waitForDisplayed({ timeout: 10_000 });
  await search.setValue(name);
  await app.keys('Enter');
  await app.waitUntil(
    async () => (await app.execute(() => document.querySelector('[aria-label="People involved"]')?.textContent ?? '')).includes(name),
    { timeout: 10_000, timeoutMsg: `${name} was not picked` },
  );
}

test('a job lead with two people and a deadline and a membership with a renewal survive a restart', async () => {
  const dataDir = freshDataDir('opportunities');
  const cli = (...args) =>
    execFileSync(process.env.CURBSIDE_CLI, ['--data-dir', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  cli('contacts', 'add', '--name', 'Amara Okafor');
  cli('contacts', 'add', '--name', 'Hiroshi Tanaka');
  const deadline = day(20);
  const renewal = day(40);
  const newDeadline = day(27);

  let app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await (await shown(app, 'nav-network')).click();
    await (await shown(app, 'network-tab-opportunities')).click();
    await (await shown(app, 'opportunity-title')).setValue('Consultant cardiologist, St Mary');
    await setValue(app, 'opportunity-kind', 'job');
    await setValue(app, 'opportunity-deadline', deadline);
    await involve(app, 'Amara Okafor', 'told_me');
    await involve(app, 'Hiroshi Tanaka', 'decides');
    await (await shown(app, 'opportunity-add')).click();
    await until(app, 'opportunity', /Consultant cardiologist[^|]*Amara Okafor[^|]*told me[^|]*Hiroshi Tanaka[^|]*decides/, 'the lead is not listed with its people');

    await (await shown(app, 'network-tab-memberships')).click();
    await (await shown(app, 'membership-society')).setValue('European Society of Cardiology (ESC)');
    await (await shown(app, 'membership-number')).setValue('40211');
    await setValue(app, 'membership-renews', renewal);
    await (await shown(app, 'membership-add')).click();
    await until(app, 'membership', /European Society of Cardiology[^|]*40211/, 'the membership is not listed');
  } finally {
    await quit(app);
  }

  app = await launch(dataDir);
  try {
    await shown(app, 'app-ready');
    await (await shown(app, 'nav-network')).click();
    await (await shown(app, 'network-tab-opportunities')).click();
    await until(app, 'opportunity', /Consultant cardiologist[^|]*Deadline[^|]*Amara Okafor[^|]*Hiroshi Tanaka/, 'the lead did not survive the restart');

    // Edit: a later deadline and a note, the people kept.
    const before = await texts(app, 'opportunity');
    await (await shown(app, 'opportunity-edit')).click();
    assert.equal(await (await shown(app, 'opportunity-edit-deadline')).getValue(), deadline);
    await setValue(app, 'opportunity-edit-deadline', newDeadline);
    await (await shown(app, 'opportunity-edit-notes')).setValue('Interview panel chaired by Hiroshi');
    await (await shown(app, 'opportunity-edit-save')).click();
    await until(app, 'opportunity', /Consultant cardiologist[^|]*Deadline[^|]*Amara Okafor[^|]*Hiroshi Tanaka[^|]*Interview panel chaired by Hiroshi/, 'the edited notes are not listed');
    assert.notEqual(
      (await texts(app, 'opportunity')).match(/Deadline [^|]*?(?=Amara)/)[0],
      before.match(/Deadline [^|]*?(?=Amara)/)[0],
      'the list still shows the old deadline',
    );
    await (await shown(app, 'network-tab-memberships')).click();
    await until(app, 'membership', /European Society of Cardiology[^|]*40211[^|]*Renews/, 'the membership did not survive the restart');
  } finally {
    await quit(app);
  }

  const [lead] = JSON.parse(cli('opportunities', 'list', '--json'));
  assert.equal(lead.deadline, newDeadline);
  assert.equal(lead.notes, 'Interview panel chaired by Hiroshi');
  assert.deepEqual(lead.people.map((p) => [p.display_name, p.role]), [
    ['Amara Okafor', 'told_me'],
    ['Hiroshi Tanaka', 'decides'],
  ]);
  const [society] = JSON.parse(cli('memberships', 'list', '--json'));
  assert.equal(society.renews_on, renewal);
});
