import type { Page } from '@playwright/test';
import { BUILT_IN_FUNCTIONS } from '../../shared/catalogue/functions.js';
import { AppShell } from './pages/AppShell.js';
import { BoardPage } from './pages/BoardPage.js';
import { PrintPage } from './pages/PrintPage.js';
import { ProfessionalsPage } from './pages/ProfessionalsPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { mainPlan } from './support/planFacts.js';

/** Built-in function names that differ between the languages: in English only the English ones may show. */
const DUTCH_NAMES = BUILT_IN_FUNCTIONS.filter((t) => t.name.nl !== t.name.en).map((t) => t.name.nl);

/** Dutch function names on the screen, apart from inside names people gave ("Jeugd & Gezin Voorbeeldstad"). */
async function dutchNamesOn(page: Page, ownNames: readonly string[]): Promise<string[]> {
  let text = await page.locator('main').innerText();
  for (const own of ownNames) text = text.split(own).join(' ');
  return DUTCH_NAMES.filter((name) => text.includes(name));
}

test('in English every screen names a built-in function in English: board and its Tips, print, area', async ({
  page,
  planner,
}) => {
  const teams = [
    ...(await planner.api('teams.list', {})).map((t) => t.name),
    ...(await planner.api('professionals.list', {})).map((p) => p.organisation).filter((o) => o !== ''),
  ];
  const shell = new AppShell(page);
  await shell.switchLanguage('EN');
  await shell.open('board');
  await expect(page.getByTestId('team-coverage')).toBeVisible();
  expect(await dutchNamesOn(page, teams)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/one-language-board-en.png`, fullPage: true });

  const print = new PrintPage(page);
  await print.open();
  await expect(page.getByTestId('print-screen')).toContainText('for the municipality or consortium.');
  await expect(page.getByTestId('print-screen')).not.toContainText('in Dutch');
  await expect(page.getByTestId('print-screen')).toContainText('Social services');
  expect(await dutchNamesOn(page, teams)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/one-language-print-en.png`, fullPage: true });

  await page.getByTestId('nav-area').click();
  await expect(page.getByTestId('area-screen')).toBeVisible();
  // The area's own texts include a target group "Jeugd en gezin", so here the sample's names one by one.
  const area = page.getByTestId('area-screen');
  await expect(area).toContainText('Social services');
  await expect(area).toContainText('Socio-pedagogical care');
  await expect(area).not.toContainText('Maatschappelijke dienstverlening');
  await expect(area).not.toContainText('Sociaalpedagogische zorg');
  await expect(area).not.toContainText('Toegang / frontoffice');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/one-language-area-en.png`, fullPage: true });
});

test('hours are shown as entered: 6,25 u on the member, not 6,3', async ({ page, planner }) => {
  const { plan } = await mainPlan(planner.api);
  const a = plan.assignments[0]!;
  await planner.api('assignments.set', { functionId: a.functionId, professionalId: a.professionalId, hours: 6.25 });
  await page.reload();
  const fn = plan.functions.find((f) => f.id === a.functionId)!;
  const person = plan.professionals.find((p) => p.id === a.professionalId)!;
  const member = new BoardPage(page).member(fn.name, person.name);
  await expect(member.locator('.hours-button')).toHaveText('6,25 u');
  await expect(member.locator('.hours-button')).toHaveAccessibleName(/6,25/);
  await member.screenshot({ path: `${SCREENSHOT_DIR}/one-language-hours-nl.png` });
});

test('contract hours "-3" get the range reason, not "type a number"', async ({ page, planner }) => {
  void planner; // the fixture serves the sample and opens the page
  const people = new ProfessionalsPage(page);
  await people.open();
  await people.select('Anouk de Vries');
  const field = page.getByTestId('professional-editor').getByLabel('Contracturen');
  await field.fill('-3');
  await expect(page.getByTestId('professional-editor')).toContainText('Dat is minder dan 0. Vul minstens 0 in.');
  await expect(page.getByTestId('professional-editor')).not.toContainText('Typ een getal');
  await page.getByTestId('professional-editor').screenshot({ path: `${SCREENSHOT_DIR}/one-language-contract-neg.png` });
});

test.describe('the assessment date in an English (US) browser', () => {
  test.use({ locale: 'en-US' });

  test('reads dd-mm-jjjj in Dutch and day/month/year in English, typed with the keyboard, stored as ISO', async ({
    page,
    planner,
  }) => {
    const anouk = (await planner.api('professionals.list', {})).find((p) => p.name === 'Anouk de Vries')!;
    await planner.api('professionals.update', { id: anouk.id, assessedOn: '2025-03-12' });
    await page.reload();
    const people = new ProfessionalsPage(page);
    await people.open();
    await people.select('Anouk de Vries');
    const field = page.getByTestId('assessed-on');
    const shown = async () => (await field.innerText()).replace(/[^\d/-]/g, '');
    await expect.poll(shown).toBe('12-03-2025');
    await page.getByTestId('professional-editor').screenshot({ path: `${SCREENSHOT_DIR}/one-language-date-nl.png` });

    // Keyboard: the day segment first, then typed over; leaving the field saves the ISO day.
    const day = field.getByRole('spinbutton', { name: /dag/i });
    await day.focus();
    await page.keyboard.type('20');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => (await planner.api('professionals.list', {})).find((p) => p.id === anouk.id)?.assessedOn)
      .toBe('2025-03-20');

    await new AppShell(page).switchLanguage('EN');
    await expect.poll(shown).toBe('20/03/2025');
    await page.getByTestId('professional-editor').screenshot({ path: `${SCREENSHOT_DIR}/one-language-date-en.png` });
  });
});
