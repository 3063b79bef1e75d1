import path from 'node:path';
import { POOL_PAGE } from '../../renderer/board/poolPage.js';
import { largePlan } from '../bench/ui/largePlan.js';
import { AppShell } from './pages/AppShell.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { importAsLastScenario, lastByName } from './support/largePool.js';

/**
 * A region's pool (issue 12): beyond POOL_PAGE people the board lists the first page of
 * cards and offers the rest on request, so the board is not thousands of draggables
 * that every start renders and every screen change tears down. Nobody is out of reach:
 * "Toon nog" lists more, and the search finds anyone.
 */
const plan = largePlan(POOL_PAGE + 100, 4);
const lastInPool = lastByName(plan);

test.describe('a pool of more than a page', () => {
  /** Everyone in the data file: the plan's people beside the sample's own. */
  let poolSize = 0;
  test.beforeEach(async ({ page, planner }) => {
    poolSize = await importAsLastScenario(page, planner, plan);
    expect(poolSize).toBeGreaterThan(POOL_PAGE);
    await page.reload();
  });

  test('the board lists the first page, shows the rest on request, and the search reaches everyone', async ({
    page,
  }) => {
    await expect(page.getByTestId('pool-count')).toHaveText(`${poolSize} van ${poolSize}`);
    await expect(page.getByTestId('pool-card')).toHaveCount(POOL_PAGE);
    await expect(page.getByTestId('pool-capped')).toHaveText(
      `Hierboven staan de eerste ${POOL_PAGE} van ${poolSize}. Zoek op naam of gebruik een filter om iemand snel te vinden.`,
    );
    const more = page.getByTestId('pool-show-more');
    await expect(more).toHaveText(`Toon nog ${poolSize - POOL_PAGE}`);
    await more.scrollIntoViewIfNeeded();
    await page
      .getByTestId('pool')
      .locator('.show-more')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'board-pool-show-more.png') });

    // The keyboard reaches the button and Enter lists everyone; the note and button go.
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pool-card')).toHaveCount(poolSize);
    await expect(page.getByTestId('pool-capped')).toHaveCount(0);
    await expect(more).toHaveCount(0);

    // After a reload the first page again; the search finds the person furthest down.
    await page.reload();
    await expect(page.getByTestId('pool-card')).toHaveCount(POOL_PAGE);
    await page.getByTestId('pool-search').fill(lastInPool);
    await expect(page.getByTestId('pool-card')).toHaveCount(1);
    await expect(page.getByTestId('pool-card')).toHaveAttribute('data-name', lastInPool);
    await expect(page.getByTestId('pool-show-more')).toHaveCount(0);
  });

  test('the professionals screen lists the first page, shows more on request and its search finds anyone', async ({
    page,
  }) => {
    await new AppShell(page).open('professionals');
    const screen = page.getByTestId('professionals-screen');
    await expect(screen.locator('.master-item')).toHaveCount(POOL_PAGE);
    await expect(page.getByTestId('professionals-capped')).toHaveText(
      `Hierboven staan de eerste ${POOL_PAGE} van ${poolSize}. Zoek op naam om iemand snel te vinden.`,
    );
    await page.getByTestId('professionals-show-more').click();
    await expect(screen.locator('.master-item')).toHaveCount(poolSize);
    await expect(page.getByTestId('professionals-show-more')).toHaveCount(0);

    await page.getByTestId('professionals-search').fill(lastInPool);
    await expect(screen.locator('.master-item')).toHaveCount(1);
    await screen.locator('.master-item').click();
    await expect(screen.locator('.detail')).toContainText(lastInPool);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'professionals-search.png') });
    await page.getByTestId('professionals-search').fill('niemand heet zo');
    await expect(screen.getByText('Niemand gevonden. Pas de zoektekst aan.')).toBeVisible();
  });
});

test.describe('a region-sized pool count', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('"1.104 van 1.104" stays whole inside the pool panel', async ({ page, planner }) => {
    const poolSize = await importAsLastScenario(page, planner, largePlan(1_084, 4));
    expect(poolSize).toBeGreaterThanOrEqual(1_000);
    await page.reload();
    const count = page.getByTestId('pool-count');
    await expect(count).toHaveText(/^\d\.\d{3} van \d\.\d{3}$/);
    // Inside the panel header's own width (the panel scrolls, so an overflow shows no scrollbar).
    const header = (await page.getByTestId('pool').locator('.panel-header').boundingBox())!;
    const box = (await count.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(header.x + header.width + 0.5);
    await page
      .getByTestId('pool')
      .locator('.panel-header')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'board-pool-count-region.png') });
  });
});
