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
