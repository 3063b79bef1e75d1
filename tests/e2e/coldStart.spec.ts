import path from 'node:path';
import type { Response } from '@playwright/test';
import { translator } from '../../shared/i18n/translator.js';
import { largePlan } from '../bench/ui/largePlan.js';
import { AppShell } from './pages/AppShell.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { importAsLastScenario, lastByName } from './support/largePool.js';

/**
 * Cold start with a large pool (issue 12): the page sends its startup calls before the
 * app's code has loaded and the board does not wait for the people screen's list. These
 * check that nothing is lost on the way: every call made once, the board on the last
 * scenario, the whole pool reachable, the people screen complete, the filters intact.
 */
const plan = largePlan(500, 15);
const lastInPool = lastByName(plan);

test.describe('cold start with 500 professionals', () => {
  /** The 500 beside the sample's own people: the pool is everyone in the data file. */
  let poolSize = 0;
  test.beforeEach(async ({ page, planner }) => {
    poolSize = await importAsLastScenario(page, planner, plan);
  });

  test('each startup call is made once, the board opens on the last scenario, every card follows', async ({ page }) => {
    const calls: string[] = [];
    // Only the new document's calls: the page before the reload may still be answering the
    // import's change (a late plan.get), which is no call of the start.
    let reloaded = false;
    page.on('framenavigated', (frame) => (reloaded ||= frame === page.mainFrame()));
    page.on('request', (request) => {
      const match = /\/api\/([^/?]+)$/.exec(request.url());
      if (match && reloaded) calls.push(match[1]!);
    });
    const scripts: Response[] = [];
    page.on('response', (response) => {
      if (reloaded && response.request().resourceType() === 'script') scripts.push(response);
    });
    await page.reload();
    await expect(page.getByTestId('function-lane')).toHaveCount(15);
    await expect(page.getByTestId('pool-count')).toHaveText(`${poolSize} van ${poolSize}`);
    await expect(page.getByTestId('pool-card')).toHaveCount(poolSize);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'cold-start-500.png') });
    expect(calls.sort()).toEqual(['app.info', 'catalogue.get', 'plan.get', 'professionals.list', 'teams.list']);
    // No zod at start (about 90 kB to load and evaluate): the board reads its limits from
    // zod-free modules, and a failed answer's check is loaded when one comes.
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts)
      expect((await script.text()).includes('ZodError'), `zod in ${script.url()}`).toBe(false);
    // The search finds the imported person furthest from the first frame, one among all.
    await page.getByTestId('pool-search').fill(lastInPool);
    await expect(page.getByTestId('pool-card')).toHaveCount(1);
    await expect(page.getByTestId('pool-card')).toHaveAttribute('data-name', lastInPool);

    await new AppShell(page).open('professionals');
    await expect(page.getByTestId('professionals-screen').locator('.master-item')).toHaveCount(poolSize);
  });

  test('the first frame holds every pool card a tall window shows: the pool never fills up in view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 2000 });
    // How many cards the commit that first showed the pool put there (the rest follow a moment later).
    await page.addInitScript(`(() => {
      const observer = new MutationObserver(() => {
        const cards = document.querySelectorAll('[data-testid="pool-card"]').length;
        if (cards === 0) return;
        globalThis.__firstPoolCards = cards;
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    })()`);
    await page.reload();
    await expect(page.getByTestId('pool-card')).toHaveCount(poolSize);
    const inView = await page
      .getByTestId('pool-card')
      .evaluateAll((cards) => cards.filter((card) => card.getBoundingClientRect().top < window.innerHeight).length);
    const first = await page.evaluate(() => (globalThis as unknown as { __firstPoolCards: number }).__firstPoolCards);
    expect(inView).toBeGreaterThan(6);
    expect(first).toBeGreaterThanOrEqual(inView);
    expect(first).toBeLessThan(poolSize);
  });

  test('"Meer filters" builds its selects when opened; a chosen filter stays when it is closed', async ({ page }) => {
    await page.reload();
    await expect(page.getByTestId('pool-card').first()).toBeVisible();
    await expect(page.getByTestId('filter-competency')).toHaveCount(0);
    await page.getByText('Meer filters').click();
    await page.getByTestId('filter-competency').getByRole('button').click();
    await page.getByRole('option', { name: 'Coachen' }).click();
    await page.getByTestId('filter-min-level').getByRole('button').click();
    await page.getByRole('option', { name: /≥ 4/ }).click();
    const filtered = (await page.getByTestId('pool-count').textContent()) ?? '';
    expect(filtered).toMatch(new RegExp(`^\\d+ van ${poolSize}$`));
    expect(filtered).not.toBe(`${poolSize} van ${poolSize}`);
    await page.getByText('Meer filters').click();
    await expect(page.getByTestId('filter-competency')).toHaveCount(0);
    await expect(page.getByTestId('pool-count')).toHaveText(filtered);
    await page.getByText('Meer filters').click();
    await expect(page.getByTestId('filter-min-level').getByRole('button')).toContainText('≥ 4');
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(page.getByTestId('pool-count')).toHaveText(`${poolSize} van ${poolSize}`);
  });
});

test.describe('cold start that fails', () => {
  test('a refused startup call shows the startup error in Dutch, its text checked without breaking the CSP', async ({
    page,
    planner,
  }) => {
    // The entry carries no zod: the check of a failed answer's text is loaded when one comes.
    const violations: string[] = [];
    page.on('console', (entry) => {
      if (entry.text().includes('Content Security Policy')) violations.push(entry.text());
    });
    // An address with another launch's token (the query only makes it a new page load).
    await page.goto(`${new URL(planner.url).origin}/?stale#token=not-this-launch`);
    const alert = page.getByRole('alert').filter({ hasText: 'De planner kon niet starten' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(translator('nl').t('host.http.badToken'));
    expect(violations).toEqual([]);
  });
});
