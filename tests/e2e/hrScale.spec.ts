import { HrPage } from './pages/HrPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { syntheticHrInput } from '../unit/hr/syntheticHrInput.js';

/**
 * HR of a region: with more teams than the matrix keeps in the document, the rows out
 * of view are stood in for by spacers, the keyboard still walks every row (the explanation
 * of a row is fetched when it comes into view), and the workbook of all lists shows its
 * progress while the store process writes it.
 */
const TEAMS = 80;

test('a matrix of 83 teams keeps only the rows in view, walks them all by keyboard and explains each', async ({
  page,
  planner,
}) => {
  // Eighty plans go in through the API first.
  test.setTimeout(120_000);
  for (const entry of syntheticHrInput(TEAMS, 8).scenarios) {
    await planner.api('plan.import', { plan: entry.plan, onConflict: 'ask' });
  }
  const hr = new HrPage(page);
  await hr.open();
  const rows = TEAMS + 3;
  await expect(page.locator('#hr-matrix-title .hr-count')).toHaveText(`(${rows})`);
  await expect(hr.matrix()).toHaveAttribute('aria-rowcount', String(rows + 1));
  const inDocument = await page.locator('[data-testid="hr-matrix"] tbody tr.hr-row').count();
  expect(inDocument).toBeLessThan(rows);

  // From the first row's first cell, ArrowDown to the last synthetic team (the sample's three sort after it):
  // each step scrolls the next row into view.
  await hr.matrix().locator('tr[aria-rowindex="2"] [data-testid="hr-cell"]').first().focus();
  for (let i = 1; i < TEAMS; i += 1) await page.keyboard.press('ArrowDown');
  const last = hr.matrix().locator(`tr[aria-rowindex="${TEAMS + 1}"]`);
  await expect(last).toHaveAttribute('data-team', 'Wijkteam 079');
  await expect(last.locator('td[data-severity]').first()).not.toHaveAttribute('data-severity', 'notRequired');
  const cell = last.getByTestId('hr-cell').first();
  await expect(cell).toBeFocused();
  const team = (await last.getAttribute('data-team'))!;
  const detail = page.getByTestId('hr-cell-detail');
  await expect(detail.getByRole('heading')).toHaveText(new RegExp(`^${team}: `));
  // The explanation of a row that scrolled into view arrives: one line per requirement, and the tooltip sentence.
  await expect(detail.locator('li').first()).toBeVisible();
  await expect(cell).toHaveAttribute('title', /eis(en)? open: |Geen eis open/);
  // Only one cell is in the Tab order, and the first rows have left the document.
  await expect(hr.matrix().locator('[data-testid="hr-cell"][tabindex="0"]')).toHaveCount(1);
  await expect(hr.matrix().locator('tr[aria-rowindex="2"]')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/hr-scale-matrix.png` });

  // The workbook of all lists: the progress shows while the store process writes it. Its polls
  // wait until the progress has been seen, so a fast export cannot end between the checks.
  let release!: () => void;
  const seen = new Promise<void>((done) => (release = done));
  await page.route('**/api/hr.exportPoll', async (route) => {
    await seen;
    await route.continue();
  });
  const download = page.waitForEvent('download');
  await page.getByTestId('hr-export-all').click();
  const progress = page.getByTestId('hr-export-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toContainText(/Het Excel-bestand wordt gemaakt: \d+%/);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/hr-scale-export-progress.png` });
  release();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(progress).toHaveCount(0);
});
