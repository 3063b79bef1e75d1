import AxeBuilder from '@axe-core/playwright';
import { AppShell } from './pages/AppShell.js';
import { ProfessionalsPage } from './pages/ProfessionalsPage.js';
import { expect, SCREENSHOT_DIR, test } from './support/fixtures.js';

/**
 * An own discipline typed wrong for several people is corrected once, on the Catalogus
 * screen: the section lists the own disciplines with their people, the rename says before it
 * is done that a name in use merges the two, the people screen shows the new name, and one
 * undo gives everyone back the discipline they had.
 */
test('a team leader corrects an own discipline for everyone at once, merging it, and undoes it', async ({
  page,
  planner,
}) => {
  const shell = new AppShell(page);
  await shell.open('catalogue');
  const section = page.getByTestId('own-disciplines');
  await expect(section.getByRole('heading', { name: 'Eigen disciplines' })).toBeVisible();
  await expect(page.getByTestId('own-disciplines-empty')).toHaveText(
    'Er zijn nog geen eigen disciplines: die ontstaan wanneer u bij een professional een discipline typt die niet in de lijst van de planner staat, of wanneer een import er een meebrengt.',
  );

  // Two people with a typo, one with the right spelling (as typed on the people screen or imported).
  const pool = await planner.api('professionals.list', {});
  const id = (name: string) => pool.find((p) => p.name === name)!.id;
  const discipline = async (name: string) =>
    (await planner.api('professionals.list', {})).find((p) => p.name === name)!.discipline;
  await planner.api('professionals.update', { id: id('Bram Peeters'), discipline: 'Buurtsportcoch' });
  await planner.api('professionals.update', { id: id('Daan Smit'), discipline: 'Buurtsportcoch' });
  const other = pool.find((p) => !['Bram Peeters', 'Daan Smit'].includes(p.name))!;
  await planner.api('professionals.update', { id: other.id, discipline: 'Buurtsportcoach' });
  await page.reload();
  await shell.open('catalogue');

  const rows = section.getByTestId('own-discipline');
  await expect(rows).toHaveText([/^Buurtsportcoach\s*1 persoon/, /^Buurtsportcoch\s*2 mensen/]);

  // By keyboard: Hernoemen, Escape changes nothing and gives the focus back.
  const rename = section.getByRole('button', { name: '‘Buurtsportcoch’ hernoemen' });
  await rename.focus();
  await page.keyboard.press('Enter');
  const field = section.getByRole('textbox', { name: 'Nieuwe naam voor ‘Buurtsportcoch’' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('Buurtsportcoch');
  await page.keyboard.press('Escape');
  await expect(rename).toBeFocused();

  await page.keyboard.press('Enter');
  await field.fill('buurtsportcoach');
  const outcome = section.getByTestId('own-discipline-outcome');
  await expect(outcome).toHaveText(
    '‘Buurtsportcoach’ bestaat al, dus de twee disciplines worden samengevoegd: 2 mensen krijgen de discipline ‘Buurtsportcoach’.',
  );
  await expect(field).toHaveAccessibleDescription(/bestaat al/);
  await expect(section.getByRole('button', { name: 'Samenvoegen' })).toBeEnabled();
  await section.screenshot({ path: `${SCREENSHOT_DIR}/own-discipline-merge.png` });
  const axe = await new AxeBuilder({ page }).include('[data-testid="own-disciplines"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Enter');

  await expect(rows).toHaveText([/^Buurtsportcoach\s*3 mensen/]);
  await expect(section.getByRole('button', { name: '‘Buurtsportcoach’ hernoemen' })).toBeFocused();
  expect(await discipline('Bram Peeters')).toBe('Buurtsportcoach');
  expect(await discipline('Daan Smit')).toBe('Buurtsportcoach');
  await section.screenshot({ path: `${SCREENSHOT_DIR}/own-discipline-merged.png` });

  const people = new ProfessionalsPage(page);
  await people.open();
  await expect(people.poolItem('Bram Peeters')).toContainText('Buurtsportcoach');
  await expect(people.poolItem('Daan Smit')).toContainText('Buurtsportcoach');
  await people.select('Bram Peeters');
  await expect(page.getByTestId('professional-discipline').getByRole('combobox')).toHaveValue('Buurtsportcoach');

  // One undo: the two moved back, the one who had the right spelling keeps it.
  await expect(shell.undoButton()).toHaveAccessibleName(/Buurtsportcoch.*samengevoegd met.*Buurtsportcoach/);
  await shell.undoButton().click();
  await expect.poll(() => discipline('Bram Peeters')).toBe('Buurtsportcoch');
  expect(await discipline('Daan Smit')).toBe('Buurtsportcoch');
  expect(await discipline(other.name)).toBe('Buurtsportcoach');
  await expect(people.poolItem('Daan Smit')).toContainText('Buurtsportcoch');
  await expect(page.getByTestId('professional-discipline').getByRole('combobox')).toHaveValue('Buurtsportcoch');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/own-discipline-undone.png` });

  await shell.open('catalogue');
  await expect(rows).toHaveText([/^Buurtsportcoach\s*1 persoon/, /^Buurtsportcoch\s*2 mensen/]);
});
