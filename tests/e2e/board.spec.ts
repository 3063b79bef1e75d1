import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILT_IN_FUNCTIONS } from '../../shared/catalogue/functions.js';
import { computeCoverage } from '../../shared/engine/index.js';
import type { JsonReport } from '../../shared/engine/types.js';
import { AppShell } from './pages/AppShell.js';
import { BoardPage } from './pages/BoardPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { freePair, mainPlan } from './support/planFacts.js';

test.describe('composition board', () => {
  test('drag with the mouse: hours dialog, member placed, coverage matches `npm run report` on the exported plan', async ({
    page,
    planner,
  }) => {
    const board = new BoardPage(page);
    const { scenarioId, plan } = await mainPlan(planner.api);
    const { fn, person } = freePair(plan);
    await expect(board.lane(fn.name)).toBeVisible();
    const before = await board.teamCoveragePercent();

    await board.dragWithMouse(board.handle(person.name), board.lane(fn.name));
    await board.confirmHours(6);
    await expect(board.member(fn.name, person.name)).toBeVisible();

    const exported = await planner.api('plan.export', { scenarioId, includePool: true });
    expect(exported.assignments).toContainEqual({ functionId: fn.id, professionalId: person.id, hours: 6 });
    // The same numbers as the command-line report a team leader or HR runs on the exported file.
    const file = path.join(planner.dataDir, 'exported-plan.json');
    writeFileSync(file, JSON.stringify(exported));
    const report = JSON.parse(
      execFileSync('npm', ['run', '--silent', 'report', '--', file, '--json'], { encoding: 'utf8' }),
    ) as JsonReport;
    const engine = computeCoverage(exported);
    await expect(board.teamCoverage()).toHaveAttribute('data-value', String(Math.round(report.teamCoverage * 100)));
    // Before the drop the UI showed the engine's number for the stored plan too.
    expect(before).toBe(Math.round(computeCoverage(plan).teamCoverage * 100));
    expect(engine.functions.find((f) => f.id === fn.id)!.memberIds).toContain(person.id);
    await expect(page.getByTestId('requirements-covered')).toHaveText(
      `${report.requirementsCovered}/${report.requirementsTotal}`,
    );
    await expect(page.getByTestId('hours-allocated')).toHaveText(`${report.hoursAllocated} / ${report.hoursRequired}`);
    for (const f of report.functions.filter((x) => x.placement === 'team')) {
      expect(await board.laneCoveragePercent(f.name), f.name).toBe(Math.round(f.coverage * 100));
    }
    await page.screenshot({ path: `${SCREENSHOT_DIR}/board.png`, fullPage: true });
  });

  test('drag with the keyboard, announced for screen readers, and reload keeps it', async ({ page, planner }) => {
    const board = new BoardPage(page);
    const { plan } = await mainPlan(planner.api);
    const { fn, person } = freePair(plan);
    await board.dragWithKeyboard(board.handle(person.name), fn.name);
    await expect(board.liveRegion()).toContainText(`${person.name} is neergezet bij ${fn.name}`);
    await board.confirmHours(4);
    await expect(board.member(fn.name, person.name)).toBeVisible();

    await page.reload();
    await expect(board.member(fn.name, person.name)).toBeVisible();
    await expect(board.member(fn.name, person.name).getByRole('button', { name: /wijzigen, nu 4/ })).toBeVisible();
  });

  test('coverage previews while dragging, before the drop', async ({ page, planner }) => {
    const board = new BoardPage(page);
    const { plan } = await mainPlan(planner.api);
    const { fn, person } = freePair(plan);
    await board.pickUpAndMoveTo(board.handle(person.name), fn.name);
    await expect(page.getByTestId('coverage-preview')).toContainText(person.name);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('coverage-preview')).toBeHidden();
    await expect(board.member(fn.name, person.name)).toHaveCount(0);
  });

  test('in English the drag preview names the function as the board does (the function-name rule)', async ({
    page,
    planner,
  }) => {
    const board = new BoardPage(page);
    const { plan } = await mainPlan(planner.api);
    const { fn, person } = freePair(plan);
    const template = BUILT_IN_FUNCTIONS.find((t) => t.key === fn.templateKey)!;
    expect(template.name.en).not.toBe(fn.name); // the sample stores the Dutch name
    await new AppShell(page).switchLanguage('EN');
    await board.handle(person.name).focus();
    await page.keyboard.press('Space');
    const preview = page.getByTestId('coverage-preview');
    const live = board.liveRegion();
    for (let i = 0; i < 40 && !((await live.textContent()) ?? '').includes(`over ${template.name.en}.`); i += 1) {
      const before = (await live.textContent()) ?? '';
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await live.textContent()) ?? '').not.toBe(before);
    }
    await expect(preview).toHaveText(`Preview: this is how it looks if ${person.name} joins ${template.name.en}.`);
    await page.getByTestId('coverage-panel').screenshot({ path: `${SCREENSHOT_DIR}/board-preview-en.png` });
    await page.keyboard.press('Escape');
  });

  test('undo and redo with the keyboard shortcuts, saved each time', async ({ page, planner }) => {
    const board = new BoardPage(page);
    const shell = new AppShell(page);
    const { scenarioId, plan } = await mainPlan(planner.api);
    const { fn, person } = freePair(plan);
    await board.dragWithMouse(board.handle(person.name), board.lane(fn.name));
    await board.confirmHours();
    await expect(board.member(fn.name, person.name)).toBeVisible();
    const stored = async () =>
      (await planner.api('plan.get', { scenarioId })).plan.assignments.some(
        (a) => a.functionId === fn.id && a.professionalId === person.id,
      );

    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+z');
    await expect(board.member(fn.name, person.name)).toHaveCount(0);
    await expect.poll(stored).toBe(false);
    await page.keyboard.press('Control+Shift+z');
    await expect(board.member(fn.name, person.name)).toBeVisible();
    await expect.poll(stored).toBe(true);
    await shell.undoButton().click();
    await expect.poll(stored).toBe(false);
  });

  test('remove a member and insert a gap closer with one click', async ({ page, planner }) => {
    const board = new BoardPage(page);
    const { scenarioId, plan } = await mainPlan(planner.api);
    const a = plan.assignments[0]!;
    const fnName = plan.functions.find((f) => f.id === a.functionId)!.name;
    const personName = plan.professionals.find((p) => p.id === a.professionalId)!.name;
    await board.member(fnName, personName).hover();
    await expect(page.getByTestId('leaving-impact')).toContainText(personName);
    await board
      .member(fnName, personName)
      .getByRole('button', { name: /uit .* halen/ })
      .click();
    await expect(board.member(fnName, personName)).toHaveCount(0);

    const assignmentsBefore = (await planner.api('plan.get', { scenarioId })).plan.assignments.length;
    await page.getByTestId('gap-insert').first().click();
    await expect
      .poll(async () => (await planner.api('plan.get', { scenarioId })).plan.assignments.length)
      .toBe(assignmentsBefore + 1);
  });
});
