import { AppShell } from './pages/AppShell.js';
import { ProfessionalsPage } from './pages/ProfessionalsPage.js';
import { expect, test } from './support/fixtures.js';

const SCREENSHOT_DIR = 'test-results/screenshots';

test('a reload (F5) comes back to the screen the user was on, its heading focused', async ({
  page,
  planner: _planner,
}) => {
  const shell = new AppShell(page);
  await new ProfessionalsPage(page).open();
  await page.reload();
  await expect(shell.nav('professionals')).toHaveAttribute('aria-current', 'page');
  const heading = page.getByRole('heading', { level: 1, name: 'Professionals' });
  // A screen reader reads the focused heading: the user hears which screen this is.
  await expect(heading).toBeFocused();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/last-screen-after-reload.png` });

  // The print preview is not a place to come back to: the screen it was opened from is.
  await shell.open('catalogue');
  await page.getByTestId('nav-print').click();
  await expect(page.getByTestId('nav-print')).toHaveAttribute('aria-current', 'page');
  await page.reload();
  await expect(shell.nav('catalogue')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Back on the board it stays the board, as on a first start.
  await shell.open('board');
  await page.reload();
  await expect(shell.nav('board')).toHaveAttribute('aria-current', 'page');
});
