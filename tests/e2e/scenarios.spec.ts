import { AppShell } from './pages/AppShell.js';
import { BoardPage } from './pages/BoardPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { mainPlan } from './support/planFacts.js';

test('duplicate a scenario, change it, compare side by side and adopt it', async ({ page, planner }) => {
  const shell = new AppShell(page);
  const board = new BoardPage(page);
  const { plan } = await mainPlan(planner.api);
  const a = plan.assignments[0]!;
  const fnName = plan.functions.find((f) => f.id === a.functionId)!.name;
  const personName = plan.professionals.find((p) => p.id === a.professionalId)!.name;
  const stillMember = plan.assignments.some(
    (x) => x.professionalId === a.professionalId && x.functionId !== a.functionId,
  );

  await shell.open('scenarios');
  await page.getByTestId('scenario-name').fill('Zonder wisseling');
  await page.getByTestId('scenario-duplicate').click();
  const row = page.locator('[data-scenario="Zonder wisseling"]');
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Openen' }).click();
  await expect(row).toContainText('geopend');

  await shell.open('board');
  await board
    .member(fnName, personName)
    .getByRole('button', { name: /uit .* halen/ })
    .click();
  await expect(board.member(fnName, personName)).toHaveCount(0);

  await shell.open('scenarios');
  const compare = page.getByTestId('scenario-compare');
  await expect(compare).toBeVisible();
  const sideA = page.getByTestId('compare-side-a');
  const sideB = page.getByTestId('compare-side-b');
  await expect(sideA.getByRole('heading', { level: 3 })).not.toHaveText(
    await sideB.getByRole('heading', { level: 3 }).innerText(),
  );
  if (!stillMember) {
    await expect(page.getByTestId('compare-only')).toContainText(personName);
  }
  await page.screenshot({ path: `${SCREENSHOT_DIR}/scenarios.png`, fullPage: true });

  await row.getByRole('button', { name: /vaststellen/ }).click();
  await expect(row).toContainText('hoofdscenario');
  const teams = await planner.api('teams.list', {});
  const adopted = teams.flatMap((t) => t.scenarios).find((s) => s.name === 'Zonder wisseling')!;
  expect(adopted.isMain).toBe(true);

  // Rename the open scenario, then undo the rename.
  await page.getByTestId('scenario-rename').fill('Plan 2027');
  await page.getByTestId('scenario-rename-submit').click();
  await expect(page.locator('[data-scenario="Plan 2027"]')).toBeVisible();
  await shell.undoButton().click();
  await expect(page.locator('[data-scenario="Zonder wisseling"]')).toBeVisible();
});

test('adopting a scenario that is not open opens it, says so, and the former main one is no longer "Hoofdscenario"', async ({
  page,
  planner,
}) => {
  const shell = new AppShell(page);
  await shell.open('scenarios');
  await page.getByTestId('scenario-name').fill('Variant B');
  await page.getByTestId('scenario-duplicate').click();
  const row = page.locator('[data-scenario="Variant B"]');
  const main = page.locator('[data-scenario="Hoofdscenario"]');
  await expect(row).toBeVisible();
  await expect(main).toContainText('geopend');

  // By keyboard: the button disappears once it is main, so the focus must go somewhere on purpose.
  await row.getByRole('button', { name: /vaststellen/ }).focus();
  await page.keyboard.press('Enter');
  await expect(row).toContainText('hoofdscenario');
  await expect(row).toContainText('geopend');
  await expect(row.getByRole('rowheader')).toBeFocused();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Variant B is vastgesteld als hoofdscenario. U werkt nu in dit scenario.' }),
  ).toHaveCount(1);
  await expect(page.getByTestId('scenario-picker')).toContainText('Variant B (hoofdscenario)');
  const former = page.locator('[data-scenario="Vorig hoofdscenario"]');
  await expect(former).toContainText('variant');
  await expect(main).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/scenarios-adopted.png`, fullPage: true });

  // The print is of the open scenario, which is the main one: printed as such, not as a variant.
  await page.getByTestId('nav-print').click();
  await expect(page.getByTestId('print-screen')).toContainText('Hoofdscenario');
  await expect(page.getByTestId('print-screen')).not.toContainText('Vorig hoofdscenario');

  // Undo: the former main scenario is main again, under its own name, and open again.
  await shell.undoButton().click();
  await shell.open('scenarios');
  await expect(main).toContainText('hoofdscenario');
  await expect(main).toContainText('geopend');
  await expect(row).toContainText('variant');
  await expect(former).toHaveCount(0);
  const teams = await planner.api('teams.list', {});
  expect(teams[0]!.scenarios.map((s) => [s.name, s.isMain])).toEqual([
    ['Hoofdscenario', true],
    ['Variant B', false],
  ]);
});

test('the comparison says "the same people" only when both scenarios have exactly the same people', async ({
  page,
  planner,
}) => {
  const shell = new AppShell(page);
  const { scenarioId } = await mainPlan(planner.api);
  // A copy without anybody in it (as a new team has), and a copy with the same people.
  const empty = await planner.api('scenarios.duplicate', { scenarioId, name: 'Leeg' });
  const emptied = await planner.api('plan.get', { scenarioId: empty.id });
  for (const a of emptied.plan.assignments) {
    await planner.api('assignments.delete', { functionId: a.functionId, professionalId: a.professionalId });
  }
  await planner.api('scenarios.duplicate', { scenarioId, name: 'Kopie' });
  await page.reload();

  await shell.open('scenarios');
  const sideA = page.getByTestId('compare-side-a');
  const sideB = page.getByTestId('compare-side-b');
  await expect(sideA.getByRole('heading', { level: 3 })).toHaveText('Hoofdscenario');
  await page.getByTestId('compare-b').getByRole('button').click();
  await page.getByRole('option', { name: 'Leeg' }).click();
  await expect(sideB.getByRole('heading', { level: 3 })).toHaveText('Leeg');
  await expect(sideB.getByTestId('compare-only-none')).toHaveText('Niemand');
  await expect(sideA.getByTestId('compare-only').getByRole('listitem')).not.toHaveCount(0);

  await page.getByTestId('compare-b').getByRole('button').click();
  await page.getByRole('option', { name: 'Kopie' }).click();
  await expect(sideB.getByRole('heading', { level: 3 })).toHaveText('Kopie');
  await expect(sideA.getByTestId('compare-only-none')).toHaveText('Niemand: dezelfde mensen.');
  await expect(sideB.getByTestId('compare-only-none')).toHaveText('Niemand: dezelfde mensen.');
});
