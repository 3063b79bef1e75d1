import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AppShell } from './pages/AppShell.js';
import { plainTeamInput } from '../support/teamInput.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

/**
 * The header's team picker is a search field (react-aria's ComboBox, renderer/ui/
 * SearchPickerField.tsx): a region has 200 teams, all called "Wijkteam ...", so any part of
 * a name finds a team. It starts as a look-alike and becomes the real ComboBox when the user
 * first comes to it (renderer/ui/LazySearchPickerField.tsx). These tests prove that nobody
 * can tell: the same accessibility tree before and after, no axe finding, and every way in
 * (keyboard, mouse, touch, a screen reader's focus or click) ends in the real ComboBox.
 */

const shell = (page: Page) => new AppShell(page);
const picker = (page: Page) => shell(page).teamPicker();
const field = (page: Page) => shell(page).teamField();
/** react-aria marks its components with data-rac; the look-alike has none. */
const isRealPicker = (page: Page) => picker(page).evaluate((element) => element.hasAttribute('data-rac'));

test.describe('the team picker before and after its first use', () => {
  test('reads the same and passes axe as a look-alike; a hovering mouse hands over', async ({ page, planner }) => {
    await expect(page.getByTestId('pool')).toBeVisible();
    expect(await isRealPicker(page)).toBe(false);
    await expect(field(page)).toHaveValue(/Voorbeeldwijk-Noord/);
    const before = await page.locator('.app-header').ariaSnapshot();
    const axe = await new AxeBuilder({ page }).include('.app-header').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await field(page).hover();
    expect(await isRealPicker(page)).toBe(true);
    expect(await page.locator('.app-header').ariaSnapshot()).toBe(before);
    const after = await new AxeBuilder({ page }).include('.app-header').analyze();
    expect(after.violations.map((v) => v.id)).toEqual([]);
    void planner;
  });

  test('keyboard: Tab reaches the real field; arrows, Enter and Escape work', async ({ page, planner }) => {
    await expect(page.getByTestId('pool')).toBeVisible();
    for (let i = 0; i < 10 && !(await field(page).evaluate((f) => f === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(field(page)).toBeFocused();
    expect(await isRealPicker(page)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const list = page.getByRole('listbox');
    await expect(list).toBeVisible();
    // The whole list (the sample's three teams), not only the open team's.
    await expect(list.getByRole('option')).toHaveCount(3);
    const focused = list.locator('[role=option][data-focused]');
    for (let i = 0; i < 3 && !((await focused.textContent()) ?? '').includes('Voorbeeldwijk-Zuid'); i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect(list).toHaveCount(0);
    await expect(field(page)).toHaveValue(/Voorbeeldwijk-Zuid/);
    await expect(field(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(list).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await expect(field(page)).toBeFocused();
    await expect(field(page)).toHaveValue(/Voorbeeldwijk-Zuid/);
    void planner;
  });

  test('mouse: the first click opens the whole list and an option opens that team', async ({ page, planner }) => {
    await expect(page.getByTestId('pool')).toBeVisible();
    await field(page).click();
    await expect(page.getByRole('option')).toHaveCount(3);
    await page.getByRole('option', { name: /Voorbeeldwijk-Zuid/ }).click();
    await expect(field(page)).toHaveValue(/Voorbeeldwijk-Zuid/);
    await expect(page.getByTestId('pool')).toBeVisible();
    void planner;
  });

  test('a screen reader moving the focus there lands on the real field', async ({ page, planner }) => {
    await expect(page.getByTestId('pool')).toBeVisible();
    // Focus without a key press, as assistive technology can move it.
    await field(page).evaluate((input) => (input as HTMLInputElement).focus());
    expect(await isRealPicker(page)).toBe(true);
    await expect(field(page)).toBeFocused();
    void planner;
  });

  test('a screen reader pressing it (a click without a pointer) opens the list', async ({ page, planner }) => {
    await expect(page.getByTestId('pool')).toBeVisible();
    await field(page).evaluate((input) => (input as HTMLInputElement).click());
    await expect(page.getByRole('listbox')).toBeVisible();
    await expect(field(page)).toBeFocused();
    void planner;
  });
});

test.describe('the team picker on a touch screen', () => {
  test.use({ hasTouch: true });

  test('the first tap opens the list and a tap on an option opens that team', async ({ page, planner }) => {
    await expect(page.getByTestId('pool')).toBeVisible();
    await field(page).tap();
    // Shown once react-aria has placed it (hidden with opacity 0 until then), as a user sees it.
    await expect(page.locator('.popover')).toHaveCSS('opacity', '1');
    await page.getByRole('option', { name: /Voorbeeldwijk-Zuid/ }).tap();
    await expect(field(page)).toHaveValue(/Voorbeeldwijk-Zuid/);
    void planner;
  });
});

const QUARTERS = ['Centrum', 'Noord', 'Noord-Oost', 'Oost', 'Zuid-Oost', 'Zuid', 'West'];

test.describe('the team picker among 31 teams', () => {
  test.beforeEach(async ({ page, planner }) => {
    // 31 teams (the sample's three and 28 more), most called "Wijkteam ...": type-ahead from the
    // start of a name finds none of them.
    for (let n = 1; n <= 28; n += 1) {
      await planner.api('teams.create', {
        ...plainTeamInput(`Wijkteam ${QUARTERS[n % QUARTERS.length]} ${n}`),
        functionTemplateKeys: [],
      });
    }
    await page.reload();
    await expect(page.getByTestId('pool')).toBeVisible();
  });

  test('typing a middle part of a name narrows the list; arrow down and Enter open that team', async ({ page }) => {
    await field(page).click();
    await expect(page.getByRole('option')).toHaveCount(31);
    await page.keyboard.type('OOST 1');
    // Anywhere in the name, upper or lower case alike.
    const options = page.getByRole('option');
    await expect(options).toHaveCount(5);
    expect((await options.allTextContents()).sort()).toEqual([
      'Wijkteam Noord-Oost 16',
      'Wijkteam Oost 10',
      'Wijkteam Oost 17',
      'Wijkteam Zuid-Oost 11',
      'Wijkteam Zuid-Oost 18',
    ]);
    await page.screenshot({
      path: `${SCREENSHOT_DIR}/team-picker-search.png`,
      clip: { x: 0, y: 0, width: 900, height: 400 },
    });
    await page.keyboard.type('7');
    await expect(options).toHaveText(['Wijkteam Oost 17']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expect(field(page)).toHaveValue('Wijkteam Oost 17');
    await shell(page).open('design');
    await expect(page.getByTestId('team-name')).toHaveValue('Wijkteam Oost 17');
  });

  test('typing and Enter, with no option highlighted, opens the first team found', async ({ page }) => {
    await field(page).click();
    await page.keyboard.type('zuid-oost 1');
    await expect(page.getByRole('option')).toHaveText(['Wijkteam Zuid-Oost 11', 'Wijkteam Zuid-Oost 18']);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expect(field(page)).toHaveValue('Wijkteam Zuid-Oost 11');
    await shell(page).open('design');
    await expect(page.getByTestId('team-name')).toHaveValue('Wijkteam Zuid-Oost 11');
  });

  test('Escape keeps the open team and puts its name back', async ({ page }) => {
    const open = await field(page).inputValue();
    await field(page).click();
    await page.keyboard.type('centrum');
    await expect(page.getByRole('option')).toHaveCount(4);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // The list is in the app's Dutch order, numbers by value: Centrum 7, 14, 21, 28.
    await expect(page.locator('[role=option][data-focused]')).toHaveText('Wijkteam Centrum 14');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expect(field(page)).toHaveValue(open);
    await expect(field(page)).toBeFocused();
  });

  test('a search that finds no team says so, in Dutch and in English', async ({ page }) => {
    await field(page).click();
    await page.keyboard.type('Noordwijk');
    // react-aria gives the empty line the role of an option, so screen readers read it.
    await expect(page.getByRole('option')).toHaveText(['Geen team gevonden met ‘Noordwijk’']);
    await page.screenshot({
      path: `${SCREENSHOT_DIR}/team-picker-no-match.png`,
      clip: { x: 0, y: 0, width: 900, height: 300 },
    });
    await page.keyboard.press('Escape');
    await shell(page).switchLanguage('EN');
    await field(page).click();
    await page.keyboard.type('Noordwijk');
    await expect(page.getByRole('option')).toHaveText(['No team found with ‘Noordwijk’']);
  });
});
