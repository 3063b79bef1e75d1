import { AppShell } from './pages/AppShell.js';
import { BoardPage } from './pages/BoardPage.js';
import { HrPage } from './pages/HrPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { freePair, mainPlan } from './support/planFacts.js';

test.describe('HR follows what happens while it is shown', () => {
  test('an edit undone from the header while HR is shown: the row shows the numbers and marks of before', async ({
    page,
    planner,
  }) => {
    const board = new BoardPage(page);
    const hr = new HrPage(page);
    const shell = new AppShell(page);
    const { scenarioId, plan } = await mainPlan(planner.api);
    const { fn, person } = freePair(plan);
    const row = hr.row(plan.team.name);

    await hr.open();
    const coverageBefore = (await row.getByTestId('hr-row-coverage').textContent()) ?? '';
    const marksBefore = await hr.severities(plan.team.name);

    await shell.nav('board').click();
    await board.dragWithMouse(board.handle(person.name), board.lane(fn.name));
    await board.confirmHours(8);
    await expect(board.member(fn.name, person.name)).toBeVisible();
    await hr.open();
    // The placement shows on HR (a fresh visit reads it)...
    await expect(row.getByTestId('hr-row-coverage')).not.toHaveText(coverageBefore);

    // ...and undoing it from the header, without leaving HR, shows on HR too.
    await shell.undoButton().click();
    await expect
      .poll(async () =>
        (await planner.api('plan.get', { scenarioId })).plan.assignments.some(
          (a) => a.functionId === fn.id && a.professionalId === person.id,
        ),
      )
      .toBe(false);
    await expect(row.getByTestId('hr-row-coverage')).toHaveText(coverageBefore);
    await expect.poll(() => hr.severities(plan.team.name)).toEqual(marksBefore);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/hr-after-undo.png` });

    // Redo from the header: back to the placed numbers.
    await shell.redoButton().click();
    await expect(row.getByTestId('hr-row-coverage')).not.toHaveText(coverageBefore);
  });

  test('scrolled sideways with End, the Team header stays over the names and Home brings the row back', async ({
    page,
    planner: _planner,
  }) => {
    const hr = new HrPage(page);
    await hr.open();
    // Narrow enough that the sample's competencies do not fit beside the names.
    await page.setViewportSize({ width: 900, height: 800 });
    const box = page.locator('.hr-matrix-scroll');
    const teamHeader = hr.matrix().locator('thead th').first();
    const coverageHeader = hr.matrix().locator('thead th').nth(1);
    const firstName = hr.rows().first().locator('th');
    const rect = async (locator: typeof box) => (await locator.boundingBox())!;
    const focusedCell = page.locator('[data-testid="hr-cell"]:focus');

    await hr.rows().first().getByTestId('hr-cell').first().click();
    await page.keyboard.press('End');
    await expect(focusedCell).toHaveAttribute('data-cell', /-\d+$/);
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const scrolled = await rect(box);
    // The header cell stays over its column, on the left edge, as the names below it do.
    expect(Math.round((await rect(teamHeader)).x)).toBe(Math.round((await rect(firstName)).x));
    expect(Math.round((await rect(teamHeader)).width)).toBe(Math.round((await rect(firstName)).width));
    expect((await rect(teamHeader)).x).toBeLessThanOrEqual(scrolled.x + 2);
    // The last cell is in the visible part of the box.
    const last = await rect(focusedCell);
    expect(last.x + last.width).toBeLessThanOrEqual(scrolled.x + scrolled.width + 1);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/hr-end.png` });

    await page.keyboard.press('Home');
    await expect(focusedCell).toHaveAttribute('data-cell', /-0$/);
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBe(0);
    // The first competency is right of the names, not under them, and "Dekking" is over its own column again.
    const names = await rect(firstName);
    expect((await rect(focusedCell)).x).toBeGreaterThanOrEqual(names.x + names.width - 1);
    expect((await rect(coverageHeader)).x).toBeGreaterThanOrEqual(names.x + names.width - 1);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/hr-home.png` });
  });
});
