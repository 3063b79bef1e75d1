import { AppShell } from './pages/AppShell.js';
import { PrintPage } from './pages/PrintPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { mainPlan } from './support/planFacts.js';

const NOT_COUNTED =
  'Vakkennis die het hele team moet hebben, telt niet mee in het dekkingspercentage. ' +
  'Vakkennis die een functie van haar eigen leden vraagt, telt wel mee.';

/**
 * Vakkennis the whole team must have is no requirement row (docs/coverage.md): a team can be
 * at 100% without it. Where it is listed as not there beside the percentage - the board's
 * Vakkennis list, Stel samen's "Niemand in de pool kan dit dekken", the printout - one sentence says why.
 */
test('team-wide vakkennis nobody has: the board, Stel samen and the print say it is not in the percentage', async ({
  page,
  planner,
}) => {
  const shell = new AppShell(page);
  await shell.open('board');
  // The sample asks no vakkennis of the whole team: no note.
  await expect(page.getByTestId('expertise-list')).toBeVisible();
  await expect(page.getByTestId('expertise-not-counted')).toHaveCount(0);

  // Crisis intervention at level 4 of the whole team: nobody in the sample's pool has it.
  const { plan } = await mainPlan(planner.api);
  const wijk = plan.functions.find((f) => f.placement === 'team')!;
  await planner.api('functions.update', {
    id: wijk.id,
    expertise: [...wijk.expertise, { expertise: 'crisis', level: 4, minPeople: 1, scope: 'team' }],
  });
  await page.reload();
  await expect(page.getByTestId('expertise-not-counted')).toHaveText(NOT_COUNTED);
  await page.getByTestId('expertise-not-counted').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/team-expertise-note-board.png` });

  await page.getByTestId('compose-open').click();
  await page.getByTestId('compose-time-limit').fill('3');
  await page.getByTestId('compose-run').click();
  await expect(page.getByTestId('compose-result')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('compose-uncoverable')).toContainText('(vakkennis)');
  await expect(page.getByTestId('compose-uncoverable-note')).toHaveText(NOT_COUNTED);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/team-expertise-note-compose.png` });
  await page.keyboard.press('Escape');

  // The printout puts the same sentence under the functions, below its coverage figure.
  const print = new PrintPage(page);
  await print.open();
  await expect(page.getByTestId('print-screen').getByTestId('print-team-expertise-note')).toHaveText(NOT_COUNTED);
});
