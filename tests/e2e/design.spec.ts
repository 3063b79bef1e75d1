import { AppShell } from './pages/AppShell.js';
import { BoardPage } from './pages/BoardPage.js';
import { DesignPage } from './pages/DesignPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

test('design a team: questions, model pros and cons, proposed functions in team or shell, then the board', async ({
  page,
  planner,
}) => {
  const shell = new AppShell(page);
  const design = new DesignPage(page);
  await design.createTeam('Wijkteam Zuid');

  // The model's known pros and cons sit next to the choice and follow it.
  await expect(design.prosCons()).toContainText('A1');
  await design.choose('team-model', /^A2/);
  await expect(design.prosCons()).toContainText('Geen directe voordeur voor inwoners');
  await expect(design.prosCons()).toContainText(
    'Bron: Integraal werken in de wijk (2017), ‘Voor- en nadelen van model A2’',
  );

  // A new team starts with its model's proposals, the shell's included (its "Hoe ver?" is to
  // signal and refer): specialist care is already there as a shell function.
  await expect(design.functionRow('Sociaalpsychiatrische zorg')).toBeVisible();
  await page.getByRole('button', { name: 'Functie Sociaalpsychiatrische zorg verwijderen' }).click();
  await expect(design.functionRow('Sociaalpsychiatrische zorg')).toHaveCount(0);

  // Depth "solve" moves specialist care from the shell proposal into the team.
  await design.choose('question-depth', 'Signaleren en zelf oplossen');
  await expect(design.proposal('socioPsychiatric')).toContainText('in het team');
  await design.choose('question-depth', 'Signaleren en doorverwijzen naar de schil');
  await expect(design.proposal('socioPsychiatric')).toContainText('in de schil');
  await design.proposal('socioPsychiatric').getByRole('button').click();
  await expect(design.functionRow('Sociaalpsychiatrische zorg')).toBeVisible();
  await expect(design.proposal('socioPsychiatric')).toHaveCount(0);

  const teams = await planner.api('teams.list', {});
  const team = teams.find((t) => t.name === 'Wijkteam Zuid')!;
  expect(team.model).toBe('A2');
  expect(team.design.depth.mode).toBe('signalAndRefer');
  const view = await planner.api('plan.get', { scenarioId: team.scenarios[0]!.id });
  const added = view.plan.functions.find((f) => f.templateKey === 'socioPsychiatric')!;
  expect(added.placement).toBe('shell');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/design.png`, fullPage: true });

  await shell.open('board');
  const board = new BoardPage(page);
  await expect(board.lane('Sociaalpsychiatrische zorg')).toBeVisible();
  await expect(page.locator('.lane-group-shell')).toContainText('Sociaalpsychiatrische zorg');
});

test('requirement editor changes what the board measures, undoably', async ({ page, planner }) => {
  const shell = new AppShell(page);
  await shell.open('design');
  const row = page.locator('[data-testid="function-editor"] .function-edit').first();
  const name = (await row.getAttribute('data-function'))!;
  await row.getByRole('button', { name: /Eisen \(/ }).click();
  const editor = row.getByTestId('requirement-editor');
  const rows = editor.locator('tbody tr');
  const count = await rows.count();
  await rows
    .first()
    .getByRole('button', { name: /verwijderen/ })
    .click();
  await expect(rows).toHaveCount(count - 1);
  await shell.open('board');
  await expect(page.locator(`[data-testid="function-lane"][data-function="${name}"] .req`)).toHaveCount(count - 1);
  await shell.undoButton().click();
  await expect(page.locator(`[data-testid="function-lane"][data-function="${name}"] .req`)).toHaveCount(count);
  void planner;
});
