import { BoardPage } from './pages/BoardPage.js';
import { ProfessionalsPage } from './pages/ProfessionalsPage.js';
import { AppShell } from './pages/AppShell.js';
import { expect, SCREENSHOT_DIR, test } from './support/fixtures.js';

/**
 * A discipline of the municipality's own (shared/catalogue/ownDisciplines.ts): typed into a
 * person's discipline field, stored as written, shown on the board and offered by the pool's
 * filter; a catalogued one typed in lower case is that one; an empty field is not saved.
 */
test('a team leader gives a person a discipline of the municipality’s own and finds it on the board', async ({
  page,
  planner,
}) => {
  const people = new ProfessionalsPage(page);
  await people.open();
  await people.select('Bram Peeters');
  const field = page.getByTestId('professional-discipline');
  const input = field.getByRole('combobox', { name: 'Discipline' });
  await expect(input).toHaveValue('Vrijwilliger');

  await input.fill('Buurtsportcoach');
  await expect(field).toContainText(
    'Nieuwe eigen discipline: ‘Buurtsportcoach’ staat niet in de lijst van de planner en wordt zo opgeslagen.',
  );
  await page.screenshot({ path: `${SCREENSHOT_DIR}/own-discipline-typed.png` });
  await input.press('Tab');
  await expect
    .poll(async () => (await planner.api('professionals.list', {})).find((p) => p.name === 'Bram Peeters')?.discipline)
    .toBe('Buurtsportcoach');
  await expect(people.poolItem('Bram Peeters')).toContainText('Buurtsportcoach');

  // A second person: the list offers the own discipline now, under the catalogue's.
  await people.select('Daan Smit');
  await input.fill('sport');
  await expect(page.getByRole('option', { name: 'Buurtsportcoach' })).toBeVisible();
  await page.getByRole('option', { name: 'Buurtsportcoach' }).click();
  await expect(input).toHaveValue('Buurtsportcoach');
  await input.press('Tab');
  await expect
    .poll(async () => (await planner.api('professionals.list', {})).find((p) => p.name === 'Daan Smit')?.discipline)
    .toBe('Buurtsportcoach');

  // A catalogued discipline typed in lower case is that discipline, not a new one.
  await input.fill('schuldhulpverlener');
  await expect(field).not.toContainText('Nieuwe eigen discipline');
  await input.press('Tab');
  await expect
    .poll(async () => (await planner.api('professionals.list', {})).find((p) => p.name === 'Daan Smit')?.discipline)
    .toBe('debtCounsellor');
  await expect(input).toHaveValue('Schuldhulpverlener');

  // An empty field says why and stores nothing.
  await input.fill('');
  await input.press('Tab');
  await expect(field).toContainText('Vul een discipline in of kies er een uit de lijst.');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  expect((await planner.api('professionals.list', {})).find((p) => p.name === 'Daan Smit')?.discipline).toBe(
    'debtCounsellor',
  );

  // On the board: the card says it, and the pool's discipline filter offers it.
  await new AppShell(page).open('board');
  const board = new BoardPage(page);
  await expect(board.poolCard('Bram Peeters')).toContainText('Buurtsportcoach');
  await page.getByText('Meer filters').click();
  await page.getByTestId('filter-discipline').getByRole('button').click();
  await page.getByRole('option', { name: 'Buurtsportcoach' }).click();
  await expect(page.getByTestId('pool-card')).toHaveCount(1);
  await expect(board.poolCard('Bram Peeters')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/own-discipline-board.png` });
});

test('the person’s own discipline typed otherwise reads as stored once the field is left', async ({
  page,
  planner,
}) => {
  const people = new ProfessionalsPage(page);
  await people.open();
  const field = page.getByTestId('professional-discipline');
  const input = field.getByRole('combobox', { name: 'Discipline' });
  const disciplineOf = async (name: string) =>
    (await planner.api('professionals.list', {})).find((p) => p.name === name)?.discipline;

  // Anouk is a maatschappelijk werker: the same discipline in lower case and with spaces
  // changes nothing, and the field says so by showing its name as the list does.
  await people.select('Anouk de Vries');
  await expect(input).toHaveValue('Maatschappelijk werker');
  await input.fill('  maatschappelijk werker ');
  await input.press('Tab');
  await expect(input).toHaveValue('Maatschappelijk werker');
  expect(await disciplineOf('Anouk de Vries')).toBe('socialWorker');

  // An own discipline the same way: "buurtsportcoach  " for a Buurtsportcoach.
  await people.select('Bram Peeters');
  await input.fill('Buurtsportcoach');
  await input.press('Tab');
  await expect.poll(() => disciplineOf('Bram Peeters')).toBe('Buurtsportcoach');
  await input.fill('buurtsportcoach  ');
  await expect(field).not.toContainText('Nieuwe eigen discipline');
  await input.press('Tab');
  await expect(input).toHaveValue('Buurtsportcoach');
  expect(await disciplineOf('Bram Peeters')).toBe('Buurtsportcoach');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/own-discipline-typed-otherwise.png` });
});
