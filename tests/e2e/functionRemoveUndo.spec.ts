import { AppShell } from './pages/AppShell.js';
import { BoardPage } from './pages/BoardPage.js';
import { DesignPage } from './pages/DesignPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { freePair, mainPlan } from './support/planFacts.js';

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

/**
 * Undo brings the function back under its own id (functions.restore), so everything that still
 * points at it keeps working: a redo removes that same function, and an earlier step on the board
 * (here a drop into the function) can still be undone afterwards.
 */
test('remove, undo, redo, undo: the function is the same one, and the drop made before it can still be undone', async ({
  page,
  planner,
}) => {
  const shell = new AppShell(page);
  const design = new DesignPage(page);
  const board = new BoardPage(page);
  const { scenarioId, plan } = await mainPlan(planner.api);
  const { fn, person } = freePair(plan);

  await shell.open('board');
  await board.dragWithKeyboard(board.handle(person.name), fn.name);
  await board.confirmHours(4);
  await expect(board.member(fn.name, person.name)).toBeVisible();

  await shell.open('design');
  const remove = () =>
    design
      .functionRow(fn.name)
      .getByRole('button', { name: /verwijderen$/ })
      .click();
  await remove();
  await expect(design.functionRow(fn.name)).toHaveCount(0);
  await shell.undoButton().click();
  await expect(design.functionRow(fn.name)).toHaveCount(1);
  await shell.redoButton().click();
  await expect(design.functionRow(fn.name)).toHaveCount(0);
  await shell.undoButton().click();
  await expect(design.functionRow(fn.name)).toHaveCount(1);
  const stored = async () => (await planner.api('plan.get', { scenarioId })).plan;
  expect((await stored()).functions.map((f) => f.id)).toEqual(plan.functions.map((f) => f.id));

  await shell.open('board');
  await expect(board.member(fn.name, person.name)).toContainText('4 u');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/function-remove-undo-redo-board.png` });
  // The drop is next on the undo stack: it names the function by the id it had, which is still the one.
  await shell.undoButton().click();
  await expect(board.member(fn.name, person.name)).toHaveCount(0);
  await expect(page.getByText(`Ongedaan gemaakt: ${person.name} in ${fn.name}`)).toBeVisible();
  expect((await stored()).assignments).toEqual(plan.assignments);
});
