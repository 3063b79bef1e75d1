import AxeBuilder from '@axe-core/playwright';
import { AppShell } from './pages/AppShell.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

const SCREENS = ['board', 'design', 'professionals', 'catalogue', 'scenarios'] as const;

test('no serious or critical axe violations on the main screens', async ({ page, planner }) => {
  // Axe over five whole screens takes about 28 s on a quiet machine: room for a loaded one.
  test.setTimeout(120_000);
  const shell = new AppShell(page);
  await expect(page.getByTestId('pool')).toBeVisible();
  for (const screen of SCREENS) {
    await shell.open(screen);
    if (screen === 'professionals') await page.locator('.master-item').first().click();
    await page.waitForTimeout(150);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map(
        (v) =>
          `${screen}: ${v.id} (${v.impact}) ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${screen}-screen.png`, fullPage: true });
  }
  void planner;
});
