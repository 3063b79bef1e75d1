import AxeBuilder from '@axe-core/playwright';
import { AppShell } from './pages/AppShell.js';
import { ProfessionalsPage } from './pages/ProfessionalsPage.js';
import { VakkennisEditors } from './pages/VakkennisEditors.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

const SHELL_FUNCTION = 'Crisisinterventie';
const TEAM_FUNCTION = 'Maatschappelijke dienstverlening';
const PERSON = 'Noor Hendriks';

test('vakkennis, team roles and a consultation are edited with the keyboard, undoable, and kept after a reload', async ({
  page,
  planner,
}) => {
  // A long walk through three screens with a reload (about 25 s alone): under two workers on
  // two busy cores it ran past the default 45 s, with every step passing.
  test.setTimeout(120_000);
  const shell = new AppShell(page);
  const editors = new VakkennisEditors(page);
  await shell.chooseTeam('Voorbeeldwijk-Noord');
  await shell.open('design');

  // An expertise requirement at level 3 for an in-team function of the sample.
  const teamRow = await editors.openFunction(TEAM_FUNCTION);
  const required = editors.expertiseRequirements(teamRow);
  await editors.chooseWithKeyboard(required, /Vakkennis toevoegen/, 'Verslaving');
  await expect(required.getByRole('rowheader', { name: 'Verslaving' })).toBeVisible();
  await editors.chooseWithKeyboard(required, /Minimaal niveau voor Verslaving/, '3 · sterk');
  await expect(required.getByRole('button', { name: /Minimaal niveau voor Verslaving/ })).toContainText('3 · sterk');
  // The escalation route of an in-team function, typed and left with Tab.
  await teamRow
    .getByLabel('Hoe gaat zwaardere problematiek naar de schil?')
    .fill('Bij acute zorgen belt de casusregisseur dezelfde dag de crisisdienst.');
  await page.keyboard.press('Tab');

  // "Wie raadplegen we?" for a function in the schil, field by field with Tab.
  const shellRow = await editors.openFunction(SHELL_FUNCTION);
  const consultation = editors.consultation(shellRow);
  await consultation.getByLabel('Organisatie').focus();
  // The sample may already record whom it consults: each field is replaced, as a person selects and types over it.
  for (const [i, text] of [
    'GGZ Crisisdienst Middenland',
    'Dienstdoende psychiater',
    'Binnen 2 uur',
    'Overleg via het crisisnummer; bij twijfel mag het team altijd bellen.',
  ].entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
  }
  await page.keyboard.press('Tab');
  await expect
    .poll(async () => (await planFunction(planner.api, SHELL_FUNCTION))?.consultation)
    .toEqual({
      organisation: 'GGZ Crisisdienst Middenland',
      contact: 'Dienstdoende psychiater',
      responseTime: 'Binnen 2 uur',
      arrangement: 'Overleg via het crisisnummer; bij twijfel mag het team altijd bellen.',
    });
  // The opened editors of both kinds of function pass axe like the main screens do.
  const axe = await new AxeBuilder({ page }).include('[data-testid="function-editor"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await teamRow.screenshot({ path: `${SCREENSHOT_DIR}/vakkennis-team-function.png` });
  await shellRow.screenshot({ path: `${SCREENSHOT_DIR}/vakkennis-shell-function.png` });

  // A person: crisis intervention at level 3 with a date, and a team role rated.
  const people = new ProfessionalsPage(page);
  await people.open();
  await people.select(PERSON);
  const held = editors.heldExpertise();
  await editors.chooseWithKeyboard(held, /Vakkennis toevoegen/, 'Crisisinterventie');
  await editors.chooseWithKeyboard(held, /Niveau voor Crisisinterventie/, '3 · sterk');
  // The date field (react-aria's DateField, dd-mm-jjjj): the day typed segment by segment.
  const heldDate = held.getByRole('group', { name: 'Crisisinterventie: beoordeeld op' });
  await heldDate.getByRole('spinbutton', { name: /dag/i }).focus();
  await page.keyboard.type('16022026');
  await page.keyboard.press('Tab');
  await expect
    .poll(async () => (await person(planner.api, PERSON))?.expertise.find((e) => e.key === 'crisis')?.assessedOn)
    .toBe('2026-02-16');
  const roles = editors.teamRoleRatings();
  await editors.chooseWithKeyboard(roles, /Teamrol Verbinder/, '4 · expert');
  await expect.poll(async () => (await person(planner.api, PERSON))?.teamRoles['connector']).toBe(4);
  await editors.personEditor().screenshot({ path: `${SCREENSHOT_DIR}/vakkennis-person.png` });

  // Undo takes the team-role rating back, in the screen and in the store; redo puts it back.
  await shell.undoButton().click();
  await expect(roles.getByRole('button', { name: /Teamrol Verbinder/ })).toContainText('niet beoordeeld');
  await expect.poll(async () => (await person(planner.api, PERSON))?.teamRoles['connector']).toBeUndefined();
  await shell.redoButton().click();
  await expect(roles.getByRole('button', { name: /Teamrol Verbinder/ })).toContainText('4 · expert');

  // After a reload everything is still there, read from the store.
  await page.reload();
  await shell.chooseTeam('Voorbeeldwijk-Noord');
  await people.open();
  await people.select(PERSON);
  await expect(held.getByRole('button', { name: /Niveau voor Crisisinterventie/ })).toContainText('3 · sterk');
  await expect.poll(async () => (await heldDate.innerText()).replace(/[^\d-]/g, '')).toBe('16-02-2026');
  await expect(roles.getByRole('button', { name: /Teamrol Verbinder/ })).toContainText('4 · expert');

  await shell.open('design');
  const teamRowAgain = await editors.openFunction(TEAM_FUNCTION);
  await expect(
    editors.expertiseRequirements(teamRowAgain).getByRole('button', { name: /Minimaal niveau voor Verslaving/ }),
  ).toContainText('3 · sterk');
  await expect(teamRowAgain.getByLabel('Hoe gaat zwaardere problematiek naar de schil?')).toHaveValue(
    'Bij acute zorgen belt de casusregisseur dezelfde dag de crisisdienst.',
  );
  const shellRowAgain = await editors.openFunction(SHELL_FUNCTION);
  await expect(editors.consultation(shellRowAgain).getByLabel('Organisatie')).toHaveValue(
    'GGZ Crisisdienst Middenland',
  );
  // The same editors in English.
  await shell.switchLanguage('EN');
  await expect(editors.consultation(shellRowAgain)).toContainText('Whom do we consult?');
  await expect(editors.expertiseRequirements(shellRowAgain)).toContainText('Specialist knowledge');
  await shellRowAgain.screenshot({ path: `${SCREENSHOT_DIR}/vakkennis-shell-function-en.png` });
  await shell.switchLanguage('NL');
  expect((await person(planner.api, PERSON))?.expertise).toContainEqual({
    key: 'crisis',
    level: 3,
    assessedOn: '2026-02-16',
  });
});

test("the team-role set is the organisation's own: add, rename and remove (with its ratings), undoably", async ({
  page,
  planner,
}) => {
  const shell = new AppShell(page);
  await shell.open('catalogue');
  const set = page.getByTestId('team-role-set');
  await expect(set).toContainText('geen bestaand (beschermd) teamrollenmodel');
  await set.getByTestId('new-team-role-nl').fill('Bruggenbouwer');
  await set.getByRole('button', { name: 'Teamrol toevoegen' }).click();
  const nlName = set.getByLabel('Nederlandse naam van Bruggenbouwer');
  await expect(nlName).toHaveValue('Bruggenbouwer');
  await nlName.fill('Netwerker');
  await page.keyboard.press('Tab');
  await expect(set.getByLabel('Nederlandse naam van Netwerker')).toHaveValue('Netwerker');

  const anna = (await planner.api('professionals.list', {})).find((p) => p.name === 'Anouk de Vries')!;
  await planner.api('professionals.update', { id: anna.id, teamRoles: { critic: 3 } });
  await set.getByRole('button', { name: 'Teamrol Kritische toetser verwijderen' }).click();
  await expect(set.getByLabel('Nederlandse naam van Kritische toetser')).toHaveCount(0);
  await expect
    .poll(async () => (await planner.api('professionals.list', {})).find((p) => p.id === anna.id)?.teamRoles)
    .toEqual({});
  await shell.undoButton().click();
  await expect(set.getByLabel('Nederlandse naam van Kritische toetser')).toBeVisible();
  await expect
    .poll(async () => (await planner.api('professionals.list', {})).find((p) => p.id === anna.id)?.teamRoles)
    .toEqual({ critic: 3 });
  await set.screenshot({ path: `${SCREENSHOT_DIR}/team-role-set.png` });

  // An own function template chooses its life domains when it is made (checkboxes, with Space).
  const templates = page.locator('section[aria-labelledby="cat-fn-title"]');
  await templates.getByLabel('Naam (Nederlands)').fill('Buurtveiligheid');
  for (const domain of ['Wonen', 'Veiligheid']) {
    await templates.getByRole('checkbox', { name: domain }).focus();
    await page.keyboard.press('Space');
  }
  await templates.getByRole('button', { name: 'Functie toevoegen' }).click();
  const item = templates.locator('.catalogue-item').filter({ hasText: 'Buurtveiligheid' });
  await expect(item.getByTestId('template-life-domains')).toHaveText('Levensgebieden: Wonen, Veiligheid');
  const stored = (await planner.api('catalogue.get', {})).functionTemplates.find(
    (f) => f.name.nl === 'Buurtveiligheid',
  );
  expect(stored?.lifeDomains).toEqual(['housing', 'safety']);
});

type Api = Parameters<Parameters<typeof test>[2]>[0]['planner']['api'];

async function planFunction(api: Api, name: string) {
  const teams = await api('teams.list', {});
  const noord = teams.find((t) => t.name.includes('Noord'))!;
  const view = await api('plan.get', { scenarioId: noord.scenarios.find((s) => s.isMain)!.id });
  return view.plan.functions.find((f) => f.name === name);
}

async function person(api: Api, name: string) {
  return (await api('professionals.list', {})).find((p) => p.name === name);
}
