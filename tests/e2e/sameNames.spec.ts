import path from 'node:path';
import { disciplineName } from '../../shared/catalogue/disciplines.js';
import { AppShell } from './pages/AppShell.js';
import { DesignPage } from './pages/DesignPage.js';
import { HrPage } from './pages/HrPage.js';
import { ProfessionalsPage } from './pages/ProfessionalsPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

/**
 * Names the user cannot tell apart, and names left empty: the field says it in Dutch
 * before anything is saved, and nothing typed quietly disappears.
 */

test('a second person of the same name is added only after the warning that names who is there', async ({
  page,
  planner,
}) => {
  const pool = await planner.api('professionals.list', {});
  const there = pool.find((p) => p.organisation.trim() !== '')!;
  const people = new ProfessionalsPage(page);
  await people.open();
  const name = page.getByTestId('new-professional-name');
  const add = page.getByTestId('add-professional');

  await add.click();
  await expect(page.getByText('Vul een naam in.')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');

  await name.fill(` ${there.name.toLocaleLowerCase('nl')}`);
  await add.click();
  const warning = `Er staat al een professional met de naam ${there.name} in de planner (${disciplineName(there.discipline, 'nl')} bij ${there.organisation}). Toch toevoegen?`;
  await expect(page.getByRole('alert').filter({ hasText: warning })).toBeVisible();
  await expect(add).toHaveText('Toch toevoegen');
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'same-person-warning.png') });
  expect((await planner.api('professionals.list', {})).length).toBe(pool.length);

  await add.click();
  await expect.poll(async () => (await planner.api('professionals.list', {})).length).toBe(pool.length + 1);
  await expect(name).toHaveValue('');
  await expect(add).toHaveText('Toevoegen');
});

test('a person renamed to a name already there asks first; an emptied name says so and stays empty', async ({
  page,
  planner,
}) => {
  const pool = await planner.api('professionals.list', {});
  const [first, second] = pool;
  const people = new ProfessionalsPage(page);
  await people.open();
  await people.select(first!.name);
  const editor = page.getByTestId('professional-editor');
  const field = editor.getByTestId('professional-name');

  await field.fill('');
  await field.press('Tab');
  await expect(editor.getByText('Vul een naam in.')).toBeVisible();
  await expect(field).toHaveValue('');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'person-name-empty.png') });

  await field.fill(second!.name);
  await field.press('Tab');
  await expect(editor.getByRole('alert')).toContainText(
    `Er staat al een professional met de naam ${second!.name} in de planner`,
  );
  await expect(editor.getByRole('alert')).toContainText('Wilt u deze naam toch gebruiken?');
  await expect(editor.getByRole('heading', { level: 2 })).toHaveText(first!.name);
  expect((await planner.api('professionals.list', {})).find((p) => p.id === first!.id)!.name).toBe(first!.name);

  await editor.getByRole('button', { name: 'Naam toch wijzigen' }).click();
  await expect(editor.getByRole('heading', { level: 2 })).toHaveText(second!.name);
  await expect
    .poll(async () => (await planner.api('professionals.list', {})).filter((p) => p.name === second!.name).length)
    .toBe(2);
});

test('a function name the scenario already has is refused at the field, as is an empty one', async ({
  page,
  planner,
}) => {
  await new AppShell(page).open('design');
  const editor = page.getByTestId('function-editor');
  const names = editor.locator('.function-edit-name');
  const count = await names.count();
  const taken = (await names.first().textContent())!;
  const field = page.getByTestId('new-function-name');
  const add = page.getByTestId('add-function');

  await add.click();
  await expect(editor.getByText('Vul een naam in.')).toBeVisible();

  await field.fill(taken.toLocaleUpperCase('nl'));
  const refusal = `Dit scenario heeft al een functie met de naam ‘${taken.toLocaleUpperCase('nl')}’. Kies een andere naam: het vergelijken van scenario’s zoekt functies op hun naam.`;
  await expect(editor.getByText(refusal)).toBeVisible();
  await add.click();
  await expect(names).toHaveCount(count);
  await expect(field).toHaveValue(taken.toLocaleUpperCase('nl'));
  for (const team of await planner.api('teams.list', {})) {
    const view = await planner.api('plan.get', { scenarioId: team.scenarios.find((s) => s.isMain)!.id });
    expect(view.plan.functions.map((f) => f.name)).not.toContain(taken.toLocaleUpperCase('nl'));
  }
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'function-name-taken.png') });

  await field.fill('Buurtpreventie');
  await expect(editor.getByText(refusal)).toHaveCount(0);
  await add.click();
  await expect(names).toHaveCount(count + 1);
});

test('a team name that exists is refused in "Nieuw team" and on the design screen', async ({ page, planner }) => {
  const teams = await planner.api('teams.list', {});
  const [open, other] = teams;
  await page.getByTestId('new-team').click();
  const dialog = page.getByTestId('new-team-dialog');
  const create = dialog.getByTestId('new-team-create');

  await create.click();
  await expect(dialog.getByText('Vul een naam in.')).toBeVisible();

  await dialog.getByTestId('new-team-name').fill(other!.name.toLocaleLowerCase('nl'));
  const refusal = `Er is al een team met de naam ‘${other!.name}’. Kies een andere naam.`;
  await expect(dialog.getByText(refusal)).toBeVisible();
  await create.click();
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'team-name-taken.png') });
  expect((await planner.api('teams.list', {})).length).toBe(teams.length);
  await dialog.getByRole('button', { name: 'Annuleren' }).click();

  // Renaming a team to another team's name: the field keeps it and says why; nothing is saved.
  await new AppShell(page).open('design');
  const heading = (await page.getByRole('heading', { level: 1 }).textContent())!;
  const renamed = teams.find((t) => !heading.includes(t.name)) ?? open!;
  const field = page.getByTestId('team-name');
  await field.fill(renamed.name);
  await field.press('Tab');
  await expect(page.getByText(`Er is al een team met de naam ‘${renamed.name}’. Kies een andere naam.`)).toBeVisible();
  await expect(field).toHaveValue(renamed.name);
  expect((await planner.api('teams.list', {})).map((t) => t.name).sort()).toEqual(teams.map((t) => t.name).sort());
});

test('a scenario name the team has, in other letters, is refused at its field for a copy and a rename', async ({
  page,
  planner,
}) => {
  await new AppShell(page).open('scenarios');
  const name = page.getByTestId('scenario-name');
  await name.fill('Variant A');
  await page.getByTestId('scenario-duplicate').click();
  await expect(page.locator('[data-scenario="Variant A"]')).toBeVisible();
  await expect(name).toHaveValue('');
  const scenariosOf = async () =>
    (await planner.api('teams.list', {})).flatMap((t) => t.scenarios.map((s) => s.name)).sort();
  const before = await scenariosOf();

  const refusal = 'Dit team heeft al een scenario met de naam ‘Variant A’. Kies een andere naam.';
  await name.fill('variant a ');
  await expect(page.getByText(refusal)).toBeVisible();
  await page.getByTestId('scenario-duplicate').click();
  // The name stays to be corrected, and the focus goes to it, where the reason is read with it.
  await expect(name).toHaveValue('variant a ');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();

  const rename = page.getByTestId('scenario-rename');
  await rename.fill('VARIANT A');
  await expect(page.getByText(refusal)).toHaveCount(2);
  await page.getByTestId('scenario-rename-submit').click();
  await expect(rename).toHaveValue('VARIANT A');
  await expect(rename).toBeFocused();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'scenario-name-taken.png') });
  expect(await scenariosOf()).toEqual(before);
});

test('a team plan imported twice as a copy gets a free name, "(kopie 2)", and the message says it', async ({
  page,
  planner,
}) => {
  const teams = await planner.api('teams.list', {});
  const team = teams[0]!;
  const plan = await planner.api('plan.export', { scenarioId: team.scenarios[0]!.id, includePool: false });
  const file = { name: 'team.json', content: JSON.stringify(plan) };
  const hr = new HrPage(page);
  await hr.open();
  for (const copy of [`${team.name} (kopie)`, `${team.name} (kopie 2)`]) {
    await hr.importFiles([file]);
    await hr.conflict(team.name).getByRole('button', { name: 'Als kopie toevoegen' }).click();
    await expect(hr.messages()).toContainText(
      `${team.name} is als kopie geïmporteerd onder de naam ‘${copy}’, met dezelfde professionals`,
    );
  }
  await hr.messages().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'import-copy-twice.png') });
  const names = (await planner.api('teams.list', {})).map((t) => t.name);
  expect(names.filter((n) => n.startsWith(team.name)).sort()).toEqual(
    [team.name, `${team.name} (kopie)`, `${team.name} (kopie 2)`].sort(),
  );
});

test('a proposed function whose name the scenario already has is shown as such, without "Toevoegen"', async ({
  page,
  planner: _planner,
}) => {
  await new AppShell(page).open('design');
  const proposal = page.getByTestId('proposals').locator('li[data-template]').first();
  const templateKey = (await proposal.getAttribute('data-template'))!;
  const name = (await proposal.locator('strong').innerText()).trim();
  await expect(proposal.getByRole('button', { name: `${name} toevoegen` })).toBeVisible();

  // An own function of that name, in other letters: the store would refuse the proposal now.
  await page.getByTestId('new-function-name').fill(name.toLocaleLowerCase('nl'));
  await page.getByTestId('add-function').click();
  const shown = new DesignPage(page).proposal(templateKey);
  await expect(shown).toContainText('Naam al in gebruik');
  await expect(shown).toContainText(
    `Dit scenario heeft al een functie met de naam ‘${name.toLocaleLowerCase('nl')}’. Wilt u deze voorgestelde functie toevoegen, geef die functie dan eerst een andere naam.`,
  );
  await expect(shown.getByRole('button')).toHaveCount(0);
  // The own function just made has the focus, as after any "Functie toevoegen".
  await expect(page.locator(`[data-function="${name.toLocaleLowerCase('nl')}"] .function-edit-name`)).toBeFocused();
  await shown.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'proposal-name-in-use.png') });
});
