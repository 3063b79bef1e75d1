import { AppShell } from './pages/AppShell.js';
import { BoardPage } from './pages/BoardPage.js';
import { DesignPage } from './pages/DesignPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { mainPlan } from './support/planFacts.js';

/**
 * Team leaders order their functions on purpose, and the board and the print follow that
 * order: "Ongedaan maken" after removing a function puts it back where it stood, with its
 * members and their hours (renderer/design/functionCommands.ts).
 */
test('undoing the removal of the second function puts it back second, with its members', async ({ page, planner }) => {
  const shell = new AppShell(page);
  const design = new DesignPage(page);
  const board = new BoardPage(page);
  const { plan } = await mainPlan(planner.api);
  await shell.open('design');
  const rows = page.getByTestId('function-editor').locator('li.function-edit');
  const order = () => rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-function')!));
  const before = await order();
  expect(before.length).toBeGreaterThan(2);
  const second = before[1]!;
  const fn = plan.functions.find((f) => f.name === second)!;
  const members = plan.assignments
    .filter((a) => a.functionId === fn.id)
    .map((a) => ({ name: plan.professionals.find((p) => p.id === a.professionalId)!.name, hours: a.hours }));
  expect(members.length).toBeGreaterThan(0);

  await design
    .functionRow(second)
    .getByRole('button', { name: /verwijderen$/ })
    .click();
  await expect(design.functionRow(second)).toHaveCount(0);
  await shell.undoButton().click();
  await expect(design.functionRow(second)).toHaveCount(1);
  expect(await order()).toEqual(before);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/function-remove-undo-order.png` });

  // Stored so: the board (and the print, from the same plan) read it in this order after a reload.
  await page.reload();
  await shell.open('design');
  await expect(design.functionRow(second)).toHaveCount(1);
  expect(await order()).toEqual(before);
  await shell.open('board');
  const lanes = page.getByTestId('function-lane');
  const laneOrder = await lanes.evaluateAll((els) => els.map((el) => el.getAttribute('data-function')!));
  expect(laneOrder).toEqual(before.filter((name) => laneOrder.includes(name)));
  for (const m of members) await expect(board.member(second, m.name)).toContainText(`${m.hours} u`);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/function-remove-undo-board.png` });
});
