import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.js';

/**
 * The header's team picker starts as a look-alike of react-aria's Select and becomes the
 * real one when the user first comes to it (renderer/ui/LazySelectField.tsx). These tests
 * prove that nobody can tell: the same accessibility tree before and after, no axe finding,
 * and every way in (keyboard, mouse, touch, a screen reader's focus or click) ends in the
 * real Select doing what it always did.
 */

const picker = (page: Page) => page.getByTestId('team-picker');
/** react-aria marks its components with data-rac; the look-alike has none. */
const isRealSelect = (page: Page) => picker(page).evaluate((element) => element.hasAttribute('data-rac'));

test.describe('the team picker before and after its first use', () => {
  test('reads the same and passes axe as a look-alike; a hovering mouse hands over', async ({ page, planner }) => {
    await expect(page.getByTestId('pool')).toBeVisible();
    expect(await isRealSelect(page)).toBe(false);
    const before = await page.locator('.app-header').ariaSnapshot();
    const axe = await new AxeBuilder({ page }).include('.app-header').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await picker(page).getByRole('button').hover();
    expect(await isRealSelect(page)).toBe(true);
    expect(await page.locator('.app-header').ariaSnapshot()).toBe(before);
    void planner;
  });

  test('keyboard: Tab reaches the real Select; arrows, Enter and Escape work as before', async ({ page, planner }) => {
    await expect(page.getByTestId('pool')).toBeVisible();
    const trigger = picker(page).getByRole('button');
    for (let i = 0; i < 10 && !(await trigger.evaluate((b) => b === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(trigger).toBeFocused();
    expect(await isRealSelect(page)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const list = page.getByRole('listbox');
    await expect(list).toBeVisible();
    for (let i = 0; i < 5; i += 1) {
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused.includes('Voorbeeldwijk-Zuid')) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect(list).toHaveCount(0);
    await expect(picker(page)).toContainText('Voorbeeldwijk-Zuid');
    await expect(trigger).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(list).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await expect(trigger).toBeFocused();
    void planner;
  });

  test('mouse: the first click opens the list and an option opens that team', async ({ page, planner }) => {
    await expect(page.getByTestId('pool')).toBeVisible();
    await picker(page).getByRole('button').click();
    await page.getByRole('option', { name: /Voorbeeldwijk-Zuid/ }).click();
    await expect(picker(page)).toContainText('Voorbeeldwijk-Zuid');
    void planner;
  });

  test('a screen reader moving the focus there lands on the real button', async ({ page, planner }) => {
    await expect(page.getByTestId('pool')).toBeVisible();
    // Focus without a key press, as assistive technology can move it.
    await picker(page)
      .getByRole('button')
      .evaluate((button) => (button as HTMLButtonElement).focus());
    expect(await isRealSelect(page)).toBe(true);
    await expect(picker(page).getByRole('button')).toBeFocused();
    void planner;
  });

  test('a screen reader pressing it (a click without a pointer) opens the list', async ({ page, planner }) => {
    await expect(page.getByTestId('pool')).toBeVisible();
    await picker(page)
      .getByRole('button')
      .evaluate((button) => (button as HTMLButtonElement).click());
    await expect(page.getByRole('listbox')).toBeVisible();
    await expect(page.getByRole('option').first()).toBeFocused();
    void planner;
  });
});

test.describe('the team picker on a touch screen', () => {
  test.use({ hasTouch: true });

  test('the first tap opens the list and a tap on an option opens that team', async ({ page, planner }) => {
    await expect(page.getByTestId('pool')).toBeVisible();
    await picker(page).getByRole('button').tap();
    await page.getByRole('option', { name: /Voorbeeldwijk-Zuid/ }).tap();
    await expect(picker(page)).toContainText('Voorbeeldwijk-Zuid');
    void planner;
  });
});
