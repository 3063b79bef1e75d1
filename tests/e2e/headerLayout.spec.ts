import type { Locator, Page } from '@playwright/test';
import { AppShell } from './pages/AppShell.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { boxesOf, overlapping, type Box } from './support/layoutBoxes.js';

/**
 * The header and the tab bar on common laptop screens: at 1280 wide each is one row, so
 * the board starts high enough to be seen; down to the window's minimum of 900 x 600
 * (electron/window/createWindow.ts) every control and tab is whole, uncovered and in view.
 */

/** Every entry of the tab bar, in order: the five steps, the other screens, the two dialogs. */
const TABS = [
  'nav-design',
  'nav-board',
  'nav-professionals',
  'nav-catalogue',
  'nav-scenarios',
  'nav-hr',
  'nav-area',
  'nav-print',
  'open-backups',
  'open-sharing',
];

/** What the header offers, left to right. */
function headerControls(page: Page): Locator[] {
  const header = page.locator('.app-header');
  return [
    header.locator('.brand'),
    page.getByTestId('team-picker').getByRole('combobox'),
    page.getByTestId('new-team'),
    page.getByTestId('undo'),
    page.getByTestId('redo'),
    page.getByTestId('open-tour'),
    header.getByRole('radiogroup'),
  ];
}

/** One row: some horizontal line crosses every box. */
function inOneRow(boxes: Box[]): boolean {
  const lowestTop = Math.max(...boxes.map((b) => b.y));
  const highestBottom = Math.min(...boxes.map((b) => b.y + b.height));
  return lowestTop < highestBottom;
}

/** Whole, in the window and not covered by anything at its centre (so a click reaches it). */
async function expectUsable(locator: Locator): Promise<void> {
  await expect(locator).toBeInViewport({ ratio: 1 });
  const onTop = await locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
    return hit !== null && element.contains(hit);
  });
  expect(onTop, `${locator} is not covered`).toBe(true);
}

async function inLanguage(page: Page, lang: 'NL' | 'EN'): Promise<void> {
  await expect(page.getByTestId('pool')).toBeVisible();
  if (lang === 'EN') {
    await new AppShell(page).switchLanguage('EN');
    await expect(page.getByTestId('nav-board')).toHaveText(/Composition/);
  }
}

/**
 * A 1280 x 720 laptop, less the 17 px of a classic scrollbar (Windows), which headless
 * Chromium leaves out: the board scrolls, so a user's page is that much narrower.
 */
const LAPTOP = { width: 1280 - 17, height: 720 };

for (const lang of ['NL', 'EN'] as const) {
  test.describe(`at 1280 x 720 in ${lang}`, () => {
    test.use({ viewport: LAPTOP });

    test('the header is one row, the tab bar is one row and the board starts high', async ({ page, planner }) => {
      await inLanguage(page, lang);
      const header = await boxesOf(headerControls(page));
      expect(inOneRow(header), JSON.stringify(header)).toBe(true);
      expect(overlapping(header)).toEqual([]);
      const tabs = await boxesOf(TABS.map((id) => page.getByTestId(id)));
      const tops = tabs.map((b) => b.y);
      expect(Math.max(...tops) - Math.min(...tops), JSON.stringify(tabs)).toBeLessThanOrEqual(2);
      expect(overlapping(tabs)).toEqual([]);
      for (const box of [...header, ...tabs]) expect(box.x + box.width, box.name).toBeLessThanOrEqual(LAPTOP.width);
      // One row of tabs, not two: the bar is no taller than one entry and its underline.
      const nav = (await page.locator('.main-nav').boundingBox())!;
      expect(nav.height).toBeLessThan(tabs[0]!.height + 8);
      // Header and tabs together leave the board most of the window (it started at 265 of 720).
      const board = (await page.locator('.board').boundingBox())!;
      expect(board.y).toBeLessThan(140);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/header-1280-${lang.toLowerCase()}.png` });
      void planner;
    });
  });

  test.describe(`at 900 x 600, the window's minimum, in ${lang}`, () => {
    test.use({ viewport: { width: 900, height: 600 } });

    test('every header control and every tab is whole, in view and uncovered', async ({ page, planner }) => {
      await inLanguage(page, lang);
      const controls = [...headerControls(page), ...TABS.map((id) => page.getByTestId(id))];
      for (const control of controls) await expectUsable(control);
      expect(overlapping(await boxesOf(controls))).toEqual([]);
      // Nothing wider than the window: no sideways scrolling of the page.
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(900);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/header-900-${lang.toLowerCase()}.png` });
      void planner;
    });
  });
}

test.describe('at 1280 x 720 with the tools as icons', () => {
  test.use({ viewport: LAPTOP });

  test('undo and redo show only their arrows, keep their names and show them on hover', async ({ page, planner }) => {
    await inLanguage(page, 'NL');
    const undo = page.getByTestId('undo');
    await expect(undo).toHaveAccessibleName('Ongedaan maken');
    await expect(undo.locator('.undo-text')).toBeHidden();
    await expect(undo.locator('.undo-tip')).toBeHidden();
    await undo.hover();
    await expect(undo.locator('.undo-tip')).toBeVisible();
    await expect(undo.locator('.undo-tip')).toHaveText('Ongedaan maken');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/header-1280-undo-tip.png`, clip: { x: 0, y: 0, ...LAPTOP } });
    void planner;
  });

  test('with a second scenario the pickers may push the tools to a second row, but nothing overlaps', async ({
    page,
    planner,
  }) => {
    const teams = await planner.api('teams.list', {});
    const noord = teams.find((team) => team.name.includes('Noord'))!;
    await planner.api('scenarios.duplicate', {
      scenarioId: noord.scenarios[0]!.id,
      name: 'Variant met een lange naam',
    });
    await page.reload();
    await expect(page.getByTestId('scenario-picker')).toBeVisible();
    // The default name already says it is the main one: not "Hoofdscenario (hoofdscenario)".
    await expect(page.getByTestId('scenario-picker')).toContainText('Hoofdscenario');
    await expect(page.getByTestId('scenario-picker')).not.toContainText('(hoofdscenario)');
    const controls = [...headerControls(page), page.getByTestId('scenario-picker').getByRole('button')];
    for (const control of controls) await expectUsable(control);
    expect(overlapping(await boxesOf(controls))).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/header-1280-two-scenarios.png` });
    void planner;
  });
});

test.describe('at 1440 x 960', () => {
  test.use({ viewport: { width: 1440, height: 960 } });

  test('header and tab bar each stay one row', async ({ page, planner }) => {
    await inLanguage(page, 'NL');
    expect(inOneRow(await boxesOf(headerControls(page)))).toBe(true);
    expect(inOneRow(await boxesOf(TABS.map((id) => page.getByTestId(id))))).toBe(true);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/header-1440-nl.png` });
    void planner;
  });
});
