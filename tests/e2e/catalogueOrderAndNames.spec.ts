import type { Locator, Page } from '@playwright/test';
import { AppShell } from './pages/AppShell.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

/**
 * The catalogue's lists are in the alphabetical order of the names as shown, in the screen's
 * language; and a name needs a letter or digit: "—" is refused by the forms and the store.
 */

const NO_LETTER_NL = 'Een naam heeft ten minste één letter of cijfer nodig.';

async function shownNames(list: Locator): Promise<string[]> {
  return list.locator(':scope > li strong').allInnerTexts();
}

function sortedIn(lang: 'nl' | 'en', names: string[]): string[] {
  return [...names].sort(new Intl.Collator(lang, { numeric: true }).compare);
}

function lists(page: Page): { competencies: Locator; functions: Locator } {
  const screen = page.getByTestId('catalogue-screen');
  return {
    competencies: screen.locator('section[aria-labelledby=cat-comp-title] > ul'),
    functions: screen.locator('section[aria-labelledby=cat-fn-title] > ul'),
  };
}

test('in English the catalogue is sorted by the English names, in Dutch by the Dutch ones', async ({
  page,
  planner,
}) => {
  await expect(page.getByTestId('pool')).toBeVisible();
  await page.getByTestId('nav-catalogue').click();
  const { competencies, functions } = lists(page);
  const dutch = await shownNames(competencies);
  expect(dutch).toContain('Aanpassingsvermogen');
  expect(dutch).toEqual(sortedIn('nl', dutch));
  expect(await shownNames(functions)).toEqual(sortedIn('nl', await shownNames(functions)));

  await new AppShell(page).switchLanguage('EN');
  await expect(page.getByRole('heading', { name: 'Competencies' })).toBeVisible();
  const english = await shownNames(competencies);
  // Sorted by the Dutch names these read Adaptability, Creativity, Coaching, ..., Cooperation, Self-development.
  expect(english.indexOf('Coaching')).toBeLessThan(english.indexOf('Creativity'));
  expect(english.indexOf('Cooperation')).toBeLessThan(english.indexOf('Creativity'));
  expect(english).toEqual(sortedIn('en', english));
  const englishFunctions = await shownNames(functions);
  expect(englishFunctions).toEqual(sortedIn('en', englishFunctions));
  await page.getByTestId('catalogue-screen').screenshot({ path: `${SCREENSHOT_DIR}/catalogue-sorted-en.png` });
  void planner;
});

test('a name of only a dash is refused with one message: catalogue, team roles, a new team and the store', async ({
  page,
  planner,
}) => {
  await expect(page.getByTestId('pool')).toBeVisible();
  await page.getByTestId('nav-catalogue').click();
  const screen = page.getByTestId('catalogue-screen');

  await page.getByTestId('new-competency-nl').fill('—');
  await expect(page.getByTestId('competency-name-no-letter')).toHaveText(NO_LETTER_NL);
  await expect(screen.getByRole('button', { name: 'Competentie toevoegen' })).toBeDisabled();

  const functions = screen.locator('section[aria-labelledby=cat-fn-title]');
  await functions.getByLabel('Naam (Nederlands)').fill('...');
  await expect(page.getByTestId('template-name-no-letter')).toHaveText(NO_LETTER_NL);
  await expect(functions.getByRole('button', { name: 'Functie toevoegen' })).toBeDisabled();

  await page.getByTestId('new-team-role-nl').fill('-');
  await expect(page.getByTestId('team-role-name-no-letter')).toHaveText(NO_LETTER_NL);
  await expect(screen.getByRole('button', { name: 'Teamrol toevoegen' })).toBeDisabled();
  await screen.locator('section[aria-labelledby=cat-comp-title]').screenshot({
    path: `${SCREENSHOT_DIR}/catalogue-name-no-letter.png`,
  });

  // A new team called "—": the field says why and nothing is made.
  const teamsBefore = (await planner.api('teams.list', {})).length;
  await page.getByTestId('new-team').click();
  const dialog = page.getByTestId('new-team-dialog');
  await dialog.getByTestId('new-team-name').fill('—');
  await expect(dialog.locator('.field-error')).toHaveText(NO_LETTER_NL);
  await dialog.getByTestId('new-team-name').press('Enter');
  await expect(dialog).toBeVisible();
  expect(await planner.api('teams.list', {})).toHaveLength(teamsBefore);

  // The store refuses it too, whoever asks; the same call with a letter in the name is taken.
  const competency = (nl: string) => ({ key: 'streep', name: { nl, en: nl }, description: { nl: '', en: '' } });
  await expect(planner.api('catalogue.createCompetency', competency('—'))).rejects.toThrow();
  await expect(planner.api('catalogue.createCompetency', competency('Streep'))).resolves.toMatchObject({
    key: 'streep',
  });
});
