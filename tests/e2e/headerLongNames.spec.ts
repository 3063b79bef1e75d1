import type { Locator, Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { boxesOf, overlapping, type Box } from './support/layoutBoxes.js';
import type { Api } from './support/api.js';

/**
 * The header with a long team name and a long scenario name, at every common width from
 * 1000 px (1280 at 125 % zoom) to 1920 px: at most two tidy rows (no control wraps inside
 * itself, nothing overlaps), the names cut short with "…" but whole in what a screen
 * reader reads and in the tooltip.
 */

const LONG_TEAM = 'Wijkteam Noord-Oost Centrum en Omstreken';
const LONG_SCENARIO = 'Scenario na de reorganisatie van januari (kopie 2)';
const WIDTHS = [1000, 1200, 1280, 1366, 1439, 1440, 1920];

/** Every team gets a long name (the first exactly LONG_TEAM), its open main scenario a long one and a second one. */
async function longNames(api: Api): Promise<void> {
  const teams = await api('teams.list', {});
  for (const [i, team] of teams.entries()) {
    await api('teams.update', { id: team.id, name: i === 0 ? LONG_TEAM : `${LONG_TEAM} ${i + 1}` });
    await api('scenarios.rename', { scenarioId: team.scenarios[0]!.id, name: LONG_SCENARIO });
    await api('scenarios.duplicate', { scenarioId: team.scenarios[0]!.id, name: 'Variant' });
  }
}

function headerControls(page: Page): Locator[] {
  const header = page.locator('.app-header');
  return [
    header.locator('.brand'),
    page.getByTestId('team-picker').getByRole('combobox'),
    page.getByTestId('scenario-picker').getByRole('button'),
    page.getByTestId('new-team'),
    page.getByTestId('undo'),
    page.getByTestId('redo'),
    page.getByTestId('open-tour'),
    header.getByRole('radiogroup'),
  ];
}

/** The rows the boxes stand in: boxes whose vertical extents overlap share a row. */
function rowsOf(boxes: Box[]): Box[][] {
  const rows: Box[][] = [];
  for (const box of [...boxes].sort((a, b) => a.y - b.y)) {
    const row = rows.find((r) => r.some((b) => box.y < b.y + b.height && b.y < box.y + box.height));
    if (row) row.push(box);
    else rows.push([box]);
  }
  return rows;
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px with long names`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('the header is at most two rows, nothing overlaps and the names are whole for a screen reader', async ({
      page,
      planner,
    }) => {
      await longNames(planner.api);
      await page.reload();
      const teamBox = page.getByTestId('team-picker').getByRole('combobox');
      const scenarioButton = page.getByTestId('scenario-picker').getByRole('button');
      await expect(teamBox).toHaveValue(`${LONG_TEAM} (voorbeeld)`);
      await expect(scenarioButton).toBeVisible();

      const shot = `${SCREENSHOT_DIR}/header-long-names-${width}.png`;
      await page.screenshot({ path: shot, clip: { x: 0, y: 0, width, height: 200 } });
      const boxes = await boxesOf(headerControls(page));
      const rows = rowsOf(boxes);
      expect(rows.length, JSON.stringify(boxes)).toBeLessThanOrEqual(2);
      expect(overlapping(boxes)).toEqual([]);
      // No control wraps inside itself: each is one line high, as the tour button is.
      const oneLine = (await page.getByTestId('open-tour').boundingBox())!.height;
      for (const box of boxes) expect(box.height, box.name).toBeLessThanOrEqual(oneLine + 4);
      // The header is those two rows and no more: the rows, their gap and the padding.
      const header = (await page.locator('.app-header').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(2 * (oneLine + 4) + 40);
      for (const box of boxes) expect(box.x + box.width, box.name).toBeLessThanOrEqual(width);

      // Cut short on screen, whole for a screen reader and in the tooltip.
      await expect(scenarioButton).toHaveAccessibleName(new RegExp(LONG_SCENARIO.replace(/[()]/g, '\\$&')));
      await expect(scenarioButton.locator('.react-aria-SelectValue')).toHaveAttribute(
        'title',
        `${LONG_SCENARIO} (hoofdscenario)`,
      );
      await expect(teamBox).toHaveAttribute('title', `${LONG_TEAM} (voorbeeld)`);
    });
  });
}
