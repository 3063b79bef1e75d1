import { translator } from '../../shared/i18n/translator.js';
import { BoardPage } from './pages/BoardPage.js';
import { HrPage } from './pages/HrPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

/** Typed here: this spec is compiled without the DOM library. */
interface Win {
  getComputedStyle(element: unknown): { lineHeight: string; zIndex: string };
}

/** The page's shell: dialogs on a small screen, toasts, where focus goes, a start that failed. */

test.describe('at 1280 x 720 (a municipal laptop)', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('every dialog fits: Stel samen with its limits open scrolls inside, its buttons stay reachable', async ({
    page,
    planner,
  }) => {
    await page.getByTestId('compose-open').click();
    const compose = page.getByTestId('compose-dialog');
    await compose.getByRole('button', { name: 'Grenzen (optioneel)' }).click();
    await expect(compose.getByRole('button', { name: 'Annuleren' })).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('compose-run')).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/shell-1280-compose-limits.png` });
    // The fields further down scroll into view inside the dialog.
    const last = compose.getByRole('textbox').last();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    await expect(page.getByTestId('compose-run')).toBeInViewport({ ratio: 1 });
    await compose.getByRole('button', { name: 'Annuleren' }).click();
    await expect(compose).toBeHidden();

    for (const [open, dialog] of [
      ['open-backups', 'dialog'],
      ['open-sharing', 'dialog'],
    ] as const) {
      await page.getByTestId(open).click();
      const shown = page.getByRole(dialog);
      await expect(shown).toBeVisible();
      await expect(shown.getByRole('button').last()).toBeInViewport({ ratio: 1 });
      await page.keyboard.press('Escape');
      await expect(shown).toBeHidden();
    }
    void planner;
  });

  test('the pool count stays on one line', async ({ page, planner }) => {
    const count = page.getByTestId('pool-count');
    await expect(count).toHaveText(/^\d+ van \d+$/);
    const lineHeight = await count.evaluate((element) =>
      parseFloat((globalThis as unknown as Win).getComputedStyle(element).lineHeight),
    );
    const box = await count.boundingBox();
    expect(box!.height).toBeLessThan(lineHeight * 1.5);
    void planner;
  });
});

test('"Alles naar Excel" from the keyboard keeps the focus while the export runs and after it', async ({
  page,
  planner,
}) => {
  const hr = new HrPage(page);
  await hr.open();
  // The export's polls wait until the running state has been seen. A fixed delay was not
  // enough: on a loaded CI machine the export finished between two of the checks below.
  let release!: () => void;
  const seen = new Promise<void>((done) => (release = done));
  await page.route('**/api/hr.exportPoll', async (route) => {
    await seen;
    await route.continue();
  });
  const download = page.waitForEvent('download');
  const exportAll = page.getByTestId('hr-export-all');
  await exportAll.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('hr-export-progress')).toBeVisible();
  await expect(exportAll).toBeFocused();
  await expect(exportAll).toHaveAttribute('aria-disabled', 'true');
  release();
  await download;
  await expect(page.getByTestId('hr-export-progress')).toHaveCount(0);
  await expect(exportAll).toBeFocused();
  void planner;
});

test('a confirmation closes by itself; an error stays until closed from the keyboard, and focus stays on the page', async ({
  page,
  planner,
}) => {
  const hr = new HrPage(page);
  await hr.open();
  const download = page.waitForEvent('download');
  await page.getByTestId('hr-export-all').click();
  await download;
  const info = page.locator('.toast-info');
  await expect(info).toContainText('is opgeslagen.');
  await expect(page.getByRole('status').filter({ has: info })).toBeAttached();
  // Closes by itself: gone within its time on screen (INFO_TOAST_MS, 6 s) and the usual wait.
  await expect(info).toBeHidden({ timeout: 6_000 + 7_000 });

  // An error the user must read stays, and closes with the keyboard: Escape on it, or its button.
  await page.getByTestId('nav-board').click();
  await page.route('**/api/assignments.delete', (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'storage', text: { key: 'storage.busy' } } } }),
  );
  const removeButtons = page.getByTestId('lanes').getByRole('button', { name: / halen$/ });
  await removeButtons.first().click();
  await removeButtons.last().click();
  const errors = page.getByTestId('toast-error');
  await expect(errors).toHaveCount(2);
  await expect(errors.first()).toContainText('De gegevens zijn even bezet door een ander programma.');
  await expect(page.getByRole('alert').filter({ has: errors.first() })).toBeAttached();
  await errors.first().getByRole('button', { name: 'Sluiten' }).focus();
  await page.keyboard.press('Escape');
  await expect(errors).toHaveCount(1);
  // Focus goes on to the next toast, then to the screen's content, never to the page body.
  await expect(errors.getByRole('button', { name: 'Sluiten' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(errors).toHaveCount(0);
  await expect(page.locator('#main')).toBeFocused();
  void planner;
});

test('a toast sits under an open dialog, not on its buttons', async ({ page, planner }) => {
  await page.route('**/api/assignments.delete', (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'storage', text: { key: 'storage.busy' } } } }),
  );
  await page
    .getByTestId('lanes')
    .getByRole('button', { name: / halen$/ })
    .first()
    .click();
  const error = page.getByTestId('toast-error');
  await expect(error).toBeVisible();
  await page.getByTestId('open-sharing').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // The dialog's layer is above the toasts', so no toast covers its buttons.
  const layer = (selector: string) =>
    page
      .locator(selector)
      .evaluate((element) => Number((globalThis as unknown as Win).getComputedStyle(element).zIndex));
  expect(await layer('.toasts')).toBeLessThan(await layer('.modal-overlay'));
  // Still announced: the modal does not take the toasts out of the accessibility tree.
  await expect(page.getByRole('alert').getByRole('button', { name: 'Sluiten' })).toBeVisible();
  void planner;
});

test.describe('first run', () => {
  test.use({ keepTour: true });
  test('"Aan de slag" ends the tour on the board with focus on its content', async ({ page, planner }) => {
    const tour = page.getByTestId('tour');
    await expect(tour).toBeVisible();
    for (let step = 1; step < 5; step += 1) await tour.getByRole('button', { name: 'Volgende' }).click();
    await expect(page.getByTestId('nav-scenarios')).toHaveAttribute('aria-current', 'page');
    await tour.getByRole('button', { name: 'Aan de slag' }).click();
    await expect(tour).toBeHidden();
    await expect(page.getByTestId('nav-board')).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('#main')).toBeFocused();
    void planner;
  });
});

test('the hours dialog keeps focus and closes with Escape after a press on a disabled Opslaan', async ({
  page,
  planner,
}) => {
  const board = new BoardPage(page);
  await page
    .getByTestId('lanes')
    .getByRole('button', { name: /^Uren van / })
    .first()
    .click();
  const dialog = board.hoursDialog();
  const input = dialog.getByTestId('hours-input');
  await expect(input).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  // The press commits the empty field, which disables Opslaan under the pointer.
  // Opslaan is already disabled once the empty field is refused; the user's click lands on it all the same.
  await dialog.getByTestId('hours-confirm').click({ force: true });
  await expect(dialog.getByTestId('hours-confirm')).toBeDisabled();
  // The press lands on the dialog (the disabled button's nearest focusable ancestor): never the page body.
  const focusInDialog = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return !!active && active !== document.body && !!active.closest('[data-testid="hours-dialog"]');
    });
  await expect.poll(focusInDialog).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  void planner;
});

test('opened without its key: plain Dutch on what to do, and nothing that looks usable', async ({
  browser,
  planner,
}) => {
  // A browser that never had the key (a new context: nothing kept from the fixture's page).
  const page = await browser.newPage();
  await page.goto(`${new URL(planner.url).origin}/`);
  const alert = page.getByRole('alert').filter({ hasText: 'De planner kon niet starten' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(translator('nl').t('host.http.badToken'));
  await expect(alert).not.toContainText('Webhost');
  await expect(page.getByRole('button', { name: 'Nieuw team' })).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByTestId('team-picker')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/shell-no-token.png` });
  await page.close();
});
