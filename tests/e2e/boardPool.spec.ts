import { BoardPage } from './pages/BoardPage.js';
import { expect, test } from './support/fixtures.js';
import { mainPlan } from './support/planFacts.js';

/** Typed here: this spec is compiled without the DOM library. */
interface Box {
  top: number;
  bottom: number;
}
interface El {
  getBoundingClientRect(): Box;
  closest(selector: string): El | null;
  getAttribute(name: string): string | null;
}

test.describe('the pool', () => {
  test('the last card, reached with Tab, is scrolled into view and dropped with the keyboard', async ({
    page,
    planner,
  }) => {
    const board = new BoardPage(page);
    const { plan } = await mainPlan(planner.api);
    const cards = page.getByTestId('pool-card');
    await expect(cards).toHaveCount(plan.professionals.length);
    const lastName = (await cards.last().getAttribute('data-name'))!;
    const person = plan.professionals.find((p) => p.name === lastName)!;
    const inFunction = new Set(plan.assignments.filter((a) => a.professionalId === person.id).map((a) => a.functionId));
    const fn = plan.functions.find((f) => f.placement === 'team' && !inFunction.has(f.id))!;

    await board.handle((await cards.first().getAttribute('data-name'))!).focus();
    for (let i = 0; i < plan.professionals.length && !(await isFocused(board.handle(lastName))); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(board.handle(lastName)).toBeFocused();
    // Focus scrolled the pool's own list so the card is inside its visible part.
    const inView = await board.handle(lastName).evaluate((node) => {
      const card = (node as unknown as El).getBoundingClientRect();
      const list = (node as unknown as El).closest('.pool')!.getBoundingClientRect();
      return card.top >= list.top - 1 && card.bottom <= list.bottom + 1;
    });
    expect(inView).toBe(true);

    await board.dragWithKeyboard(board.handle(lastName), fn.name);
    await board.confirmHours(3);
    await expect(board.member(fn.name, lastName)).toBeVisible();
    const { plan: stored } = await mainPlan(planner.api);
    expect(stored.assignments).toContainEqual({ functionId: fn.id, professionalId: person.id, hours: 3 });
  });

  test('a filter shows its matches and count; the dragged card is marked pressed while it is held', async ({
    page,
    planner,
  }) => {
    const board = new BoardPage(page);
    const { plan } = await mainPlan(planner.api);
    const person = plan.professionals[plan.professionals.length - 1]!;
    const word = person.name.split(' ')[0]!;
    const expected = plan.professionals.filter((p) =>
      `${p.name} ${p.organisation}`.toLocaleLowerCase('nl').includes(word.toLocaleLowerCase('nl')),
    );
    await page.getByTestId('pool-search').fill(word);
    // At least the name matches; a discipline name may add more, never fewer.
    const cards = page.getByTestId('pool-card');
    await expect(cards.filter({ hasText: person.name })).toHaveCount(1);
    const shown = await cards.count();
    expect(shown).toBeGreaterThanOrEqual(expected.length);
    await expect(page.getByTestId('pool-count')).toHaveText(`${shown} van ${plan.professionals.length}`);

    const fn = plan.functions.find(
      (f) =>
        f.placement === 'team' &&
        !plan.assignments.some((a) => a.functionId === f.id && a.professionalId === person.id),
    )!;
    await board.pickUpAndMoveTo(board.handle(person.name), fn.name);
    await expect(board.handle(person.name)).toHaveAttribute('aria-pressed', 'true');
    // Only the held card: every other card's body stayed as it was.
    await expect(page.locator('.pool-card-handle[aria-pressed="true"]')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.locator('.pool-card-handle[aria-pressed="true"]')).toHaveCount(0);
  });
});

async function isFocused(locator: ReturnType<BoardPage['handle']>): Promise<boolean> {
  return locator.evaluate(
    (node) => (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement === node,
  );
}
