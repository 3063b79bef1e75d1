import { expect, test } from './support/fixtures.js';

/**
 * The heat map's rows are written as markup (renderer/ui/charts/heatMapCells.ts). After an
 * edit only what changed may be built again: a member who joins gets a row, and the rows of
 * everyone else keep their very elements (moved into place, not parsed again), as they
 * did when React drew each cell.
 */
test('after an edit the heat map adds the new member and keeps the other rows as they are', async ({
  page,
  planner,
}) => {
  const heatmap = page.getByTestId('heatmap');
  await expect(heatmap).toBeVisible();
  const rowsBefore = await heatmap.locator('g[data-row]').count();
  // Mark the first cell of every row: a row parsed again would lose the mark.
  await heatmap.evaluate((svg) =>
    svg.querySelectorAll('g[data-row] > rect').forEach((rect) => rect.setAttribute('data-kept', '')),
  );
  const marked = await heatmap.locator('rect[data-kept]').count();
  expect(marked).toBeGreaterThan(0);

  // One click on a gap closer: someone from the pool joins a function.
  await page.getByTestId('gap-insert').first().click();
  await expect(heatmap.locator('g[data-row]')).toHaveCount(rowsBefore + 1);
  expect(await heatmap.locator('rect[data-kept]').count()).toBe(marked);
  // Every row sits one cell below the one before it, the new one included.
  const offsets = await heatmap
    .locator('g[data-row]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('transform')));
  const ys = offsets.map((transform) => Number(/translate\(0 (\d+)\)/.exec(transform ?? '')?.[1]));
  expect(ys.slice(1).map((y, i) => y - ys[i]!)).toEqual(ys.slice(1).map(() => 26));
  void planner;
});
