import { AppShell } from './pages/AppShell.js';
import { BoardPage } from './pages/BoardPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { freePair, mainPlan } from './support/planFacts.js';

test('language switch: English everywhere, remembered after reload, back to Dutch', async ({ page, planner }) => {
  const shell = new AppShell(page);
  await expect(page.getByRole('heading', { name: 'Beschikbare professionals' })).toBeVisible();
  await shell.switchLanguage('EN');
  await expect(page.getByRole('heading', { name: 'Available professionals' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Coverage', exact: true })).toBeVisible();
  // Catalogue functions follow the language too (the sample's are named as their templates).
  await expect(page.getByRole('heading', { name: 'Access point / front office', level: 3 }).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/board-en.png`, fullPage: true });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Available professionals' })).toBeVisible();
  await shell.open('design');
  await expect(page.getByText('The three design questions')).toBeVisible();
  await shell.switchLanguage('NL');
  await expect(page.getByText('De drie ontwerpvragen')).toBeVisible();
  await shell.open('board');
  await expect(page.getByRole('heading', { name: 'Toegang / frontoffice', level: 3 }).first()).toBeVisible();
  void planner;
});

test('an undo label and a toast made in Dutch read in English after the switch', async ({ page, planner }) => {
  const shell = new AppShell(page);
  const board = new BoardPage(page);
  const { plan } = await mainPlan(planner.api);
  const { fn, person } = freePair(plan);
  await board.dragWithMouse(board.handle(person.name), board.lane(fn.name));
  await board.confirmHours();
  await expect(shell.undoButton()).toHaveAttribute('aria-label', `Ongedaan maken: ${person.name} in ${fn.name}`);

  // The store refuses the next removal, as it would with a full disk: an error toast in Dutch.
  await page.route('**/api/assignments.delete', (route) =>
    route.fulfill({
      json: { ok: false, error: { code: 'storage', text: { key: 'storage.busy' } } },
    }),
  );
  await board
    .member(fn.name, person.name)
    .getByRole('button', { name: `${person.name} uit ${fn.name} halen` })
    .click();
  const toast = page.getByTestId('toast-error');
  await expect(toast).toContainText('De gegevens zijn even bezet door een ander programma.');

  await shell.switchLanguage('EN');
  await expect(toast).toContainText('The data is busy in another program.');
  await expect(toast.getByRole('button')).toHaveText('Close');
  await expect(shell.undoButton()).toHaveAttribute('aria-label', new RegExp(`^Undo: ${person.name} into `));
});

test.describe('first run', () => {
  test.use({ keepTour: true });
  test('the tour walks over the sample and can be closed for good', async ({ page, planner }) => {
    const tour = page.getByTestId('tour');
    await expect(tour).toContainText('Voorbeeldwijk');
    await tour.getByRole('button', { name: 'Volgende' }).click();
    await expect(tour).toContainText('Eerst de functies');
    await expect(page.getByTestId('design-screen')).toBeVisible();
    await tour.getByRole('button', { name: 'Volgende' }).click();
    await tour.getByRole('button', { name: 'Volgende' }).click();
    // The tour teaches the board's own status words.
    await expect(tour).toContainText('of die gedekt, kwetsbaar of deels gedekt is of ontbreekt');
    await tour.getByTestId('tour-close').click();
    await expect(tour).toBeHidden();
    await page.reload();
    await expect(page.getByTestId('pool')).toBeVisible();
    await expect(page.getByTestId('tour')).toBeHidden();
    void planner;
  });
});
