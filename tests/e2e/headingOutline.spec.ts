import { expect, test } from './support/fixtures.js';

/** Every screen, as the navigation names it (data-testid `nav-<screen>`). */
const SCREENS = ['design', 'board', 'professionals', 'catalogue', 'scenarios', 'hr', 'area', 'print'] as const;

/**
 * A screen reader's list of headings is the page's outline: each screen has one h1 (its
 * title) and no level skipped on the way down (h2 under h1, h3 under h2, ...).
 */
test('every screen has exactly one h1 and skips no heading level', async ({ page, planner: _planner }) => {
  test.setTimeout(90_000);
  await expect(page.getByTestId('pool')).toBeVisible();
  const problems: string[] = [];
  for (const screen of SCREENS) {
    await page.getByTestId(`nav-${screen}`).click();
    await expect(page.getByTestId(`nav-${screen}`)).toHaveAttribute('aria-current', 'page');
    // The screen has come (the print preview's headings once the plan is laid out).
    await expect(page.locator('main').locator('h1,h2').first()).toBeAttached();
    // What a screen reader lists: not what is not rendered (the print layout kept for paper).
    const headings = await page
      .locator('h1,h2,h3,h4,h5,h6')
      .evaluateAll((found) =>
        found
          .filter((h) => h.checkVisibility())
          .map((h) => ({ level: Number(h.tagName.slice(1)), text: (h.textContent ?? '').trim().slice(0, 50) })),
      );
    const ones = headings.filter((h) => h.level === 1);
    if (ones.length !== 1) problems.push(`${screen}: ${ones.length} h1 (${ones.map((h) => h.text).join(' | ')})`);
    let previous = 0;
    for (const h of headings) {
      if (h.level > previous + 1) problems.push(`${screen}: h${h.level} "${h.text}" after h${previous}`);
      previous = h.level;
    }
  }
  expect(problems).toEqual([]);
});
