import type { PlanView } from '../../shared/api/entities.js';
import { computeCoverage, gapKey, whoClosesGaps } from '../../shared/engine/index.js';
import { BoardPage } from './pages/BoardPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { mainPlan } from './support/planFacts.js';

/** The gaps the panel lists before "show all", each with the candidates it offers. */
const FIRST_GAPS = 3;

interface ShownGap {
  key: string;
  candidates: string[];
}

/** What "who closes the gap" must show for a stored plan: the engine on the API's data. */
function expectedGaps(view: Pick<PlanView, 'plan' | 'hoursElsewhere'>): ShownGap[] {
  return whoClosesGaps(view.plan, computeCoverage(view.plan), 3, view.hoursElsewhere)
    .slice(0, FIRST_GAPS)
    .map((s) => ({ key: gapKey(s), candidates: s.candidates.map((c) => c.professionalId) }));
}

test.describe('who closes the gap, after a drop', () => {
  test('in the very commit the dropped member appears, the candidates are those of the new plan', async ({
    page,
    planner,
  }) => {
    const board = new BoardPage(page);
    const { scenarioId } = await mainPlan(planner.api);
    const before = await planner.api('plan.get', { scenarioId });
    // The drop: the best candidate of the first gap that has one, into that gap's function.
    // As a member they can no longer be offered for it, so old candidates would show.
    const shownBefore = expectedGaps(before);
    const gap = shownBefore.find((g) => g.candidates.length > 0)!;
    const fn = before.plan.functions.find((f) => gap.key.startsWith(`${f.id}:`))!;
    const person = before.plan.professionals.find((p) => p.id === gap.candidates[0])!;
    await expect(page.locator('[data-testid="gap-list"] > li.gap').first()).toHaveAttribute(
      'data-gap',
      shownBefore[0]!.key,
    );

    // Records the gap list once, in the DOM mutation that brings the new member into the
    // lane: a microtask after the commit, before any later render could correct it.
    await page.evaluate(
      ({ fnName, personName }) => {
        const scope = window as unknown as { gapsAtDrop?: ShownGap[] };
        const observer = new MutationObserver(() => {
          const lane = document.querySelector(`[data-testid="function-lane"][data-function="${fnName}"]`);
          if (!lane?.querySelector(`[data-testid="member"][data-name="${personName}"]`)) return;
          observer.disconnect();
          scope.gapsAtDrop = [...document.querySelectorAll<HTMLElement>('[data-testid="gap-list"] > li.gap')].map(
            (li) => ({
              key: li.dataset.gap ?? '',
              candidates: [...li.querySelectorAll<HTMLElement>('li.candidate')].map(
                (c) => c.dataset.professional ?? '',
              ),
            }),
          );
        });
        observer.observe(document.body, { childList: true, subtree: true });
      },
      { fnName: fn.name, personName: person.name },
    );
    await board.dragWithMouse(board.handle(person.name), board.lane(fn.name));
    await board.confirmHours(4);
    await expect(board.member(fn.name, person.name)).toBeVisible();

    await expect
      .poll(async () => (await planner.api('plan.get', { scenarioId })).plan.assignments.length)
      .toBe(before.plan.assignments.length + 1);
    const after = await planner.api('plan.get', { scenarioId });
    const shownAtDrop = await page.evaluate(() => (window as unknown as { gapsAtDrop?: ShownGap[] }).gapsAtDrop);
    expect(shownAtDrop).toEqual(expectedGaps(after));
    // The drop did change what the panel must show, so stale candidates could not pass.
    expect(expectedGaps(after)).not.toEqual(shownBefore);
    await page.getByTestId('gap-list').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/board-gaps-after-drop.png` });
  });
});
