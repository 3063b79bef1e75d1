import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { BoardPage } from './pages/BoardPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { freePair, mainPlan } from './support/planFacts.js';

/** Typed here: this spec is compiled without the DOM library. */
interface Doc {
  activeElement: { closest(selector: string): unknown } | null;
  querySelectorAll(selector: string): { length: number };
}

/** Whether keyboard focus is inside the hours dialog. */
function focusInDialog(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    Boolean(
      (globalThis as unknown as { document: Doc }).document.activeElement?.closest('[data-testid="hours-dialog"]'),
    ),
  );
}

test.describe('the hours dialog', () => {
  test('keeps focus inside, hides the board from screen readers without inert, Escape gives focus back', async ({
    page,
    planner,
  }) => {
    const board = new BoardPage(page);
    const { plan } = await mainPlan(planner.api);
    const { fn, person } = freePair(plan);
    await board.dragWithKeyboard(board.handle(person.name), fn.name);
    await expect(board.hoursDialog()).toBeVisible();
    await expect(board.hoursDialog().getByTestId('hours-input')).toBeFocused();

    // Hidden from assistive technology, but not with `inert` (which restyled the whole page).
    await expect(page.locator('#root')).toHaveAttribute('aria-hidden', 'true');
    expect(
      await page.evaluate(
        () => (globalThis as unknown as { document: Doc }).document.querySelectorAll('[inert]').length,
      ),
    ).toBe(0);
    // The drag announcements stay readable.
    await expect(board.liveRegion()).not.toHaveAttribute('aria-hidden', 'true');

    for (let i = 0; i < 7; i += 1) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog(page), `Tab ${i + 1}`).toBe(true);
    }
    for (let i = 0; i < 7; i += 1) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInDialog(page), `Shift+Tab ${i + 1}`).toBe(true);
    }

    // axe sees the open modal: focusable elements under aria-hidden are "needs review" while
    // a modal is open (focus is contained), never a violation.
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/hours-dialog.png` });

    await page.keyboard.press('Escape');
    await expect(board.hoursDialog()).toBeHidden();
    await expect(board.member(fn.name, person.name)).toHaveCount(0);
    await expect(page.locator('#root')).not.toHaveAttribute('aria-hidden', 'true');
    await expect(board.handle(person.name)).toBeFocused();
  });

  test('a click beside it cancels; confirming with Enter places the member and gives the page back', async ({
    page,
    planner,
  }) => {
    const board = new BoardPage(page);
    const { plan } = await mainPlan(planner.api);
    const { fn, person } = freePair(plan);
    await board.dragWithMouse(board.handle(person.name), board.lane(fn.name));
    await expect(board.hoursDialog()).toBeVisible();
    await page.mouse.click(4, 4);
    await expect(board.hoursDialog()).toBeHidden();
    await expect(board.member(fn.name, person.name)).toHaveCount(0);

    await board.dragWithKeyboard(board.handle(person.name), fn.name);
    const input = board.hoursDialog().getByTestId('hours-input');
    await expect(input).toBeFocused();
    // More than is free is said before it is saved (and may still be saved).
    const over = board.hoursDialog().getByTestId('hours-over-contract');
    await input.fill('60');
    await expect(over).toHaveText(new RegExp(`^Meer uren dan het contract: ${person.name} heeft voor deze functie`));
    await input.fill('4');
    await expect(over).toHaveText('');
    // Fewer than the minimum assignment is the planner's advice: said while typing, and it may be saved.
    const below = board.hoursDialog().getByTestId('hours-below-minimum');
    await expect(below).toHaveText('');
    await input.fill('2');
    await expect(below).toHaveText('Minder dan de minimale 4 uur per plaatsing. U kunt het toch opslaan.');
    // In the warning's colour, not the error's red: nothing is wrong with saving it.
    await expect(below).toHaveClass('field-warning');
    await expect(board.hoursDialog().getByTestId('hours-confirm')).toBeEnabled();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/hours-below-minimum.png` });
    await input.fill('4');
    await expect(below).toHaveText('');
    await input.fill('5');
    await page.keyboard.press('Enter');
    await expect(board.hoursDialog()).toBeHidden();
    await expect(board.member(fn.name, person.name)).toBeVisible();
    await expect(page.locator('#root')).not.toHaveAttribute('aria-hidden', 'true');
    await expect(board.handle(person.name)).toBeFocused();
    const { plan: stored } = await mainPlan(planner.api);
    expect(stored.assignments).toContainEqual({ functionId: fn.id, professionalId: person.id, hours: 5 });
  });

  test("what is typed replaces the prefilled hours, after a drop and when changing a member's hours", async ({
    page,
    planner,
  }) => {
    const board = new BoardPage(page);
    const { plan } = await mainPlan(planner.api);
    const { fn, person } = freePair(plan);
    // Keyboard only, as a person would: drop, type the hours, Enter. The field opens with the
    // proposal selected, so "6" is six hours, not the proposal with a 6 after it.
    await board.dragWithKeyboard(board.handle(person.name), fn.name);
    await expect(board.hoursDialog().getByTestId('hours-input')).toBeFocused();
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');
    await expect(board.hoursDialog()).toBeHidden();
    await expect(board.member(fn.name, person.name)).toBeVisible();
    let { plan: stored } = await mainPlan(planner.api);
    expect(stored.assignments).toContainEqual({ functionId: fn.id, professionalId: person.id, hours: 6 });

    // The member's hours button opens the same dialog with the current hours, selected too.
    await board
      .member(fn.name, person.name)
      .getByRole('button', { name: `Uren van ${person.name} wijzigen, nu 6` })
      .press('Enter');
    await expect(board.hoursDialog().getByTestId('hours-input')).toBeFocused();
    await page.keyboard.type('7,5');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/hours-dialog-typed.png` });
    await page.keyboard.press('Enter');
    await expect(board.hoursDialog()).toBeHidden();
    await expect(board.member(fn.name, person.name)).toContainText('7,5 u');
    ({ plan: stored } = await mainPlan(planner.api));
    expect(stored.assignments).toContainEqual({ functionId: fn.id, professionalId: person.id, hours: 7.5 });
  });
});
