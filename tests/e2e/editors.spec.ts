import { AppShell } from './pages/AppShell.js';
import { BoardPage } from './pages/BoardPage.js';
import { expect, test } from './support/fixtures.js';

test('professional editor: add a person, rate a competency with the scale labels, find them with the competency filter', async ({
  page,
  planner,
}) => {
  const shell = new AppShell(page);
  await shell.open('professionals');
  await page.getByTestId('new-professional-name').fill('Noor Willems');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  const editor = page.getByTestId('professional-editor');
  await expect(editor.getByRole('heading', { name: 'Noor Willems' })).toBeVisible();

  await editor
    .getByTestId('ratings')
    .getByRole('button', { name: /Niveau voor Netwerken/ })
    .click();
  await page.getByRole('option', { name: '4 · expert' }).click();
  await expect(editor.getByTestId('ratings').getByRole('button', { name: /Niveau voor Netwerken/ })).toContainText(
    '4 · expert',
  );
  await expect
    .poll(
      async () =>
        (await planner.api('professionals.list', {})).find((p) => p.name === 'Noor Willems')?.ratings['networking'],
    )
    .toBe(4);

  // The pool filter "competency X at level >= n" finds her on the board.
  await shell.open('board');
  await page.getByText('Meer filters').click();
  await page.getByTestId('filter-competency').getByRole('button').click();
  await page.getByRole('option', { name: 'Netwerken' }).click();
  await page.getByTestId('filter-min-level').getByRole('button').click();
  await page.getByRole('option', { name: /≥ 4/ }).click();
  await expect(new BoardPage(page).handle('Noor Willems')).toBeVisible();

  // Undo the rating from the board: the filter no longer finds her.
  await shell.undoButton().click();
  await expect(new BoardPage(page).handle('Noor Willems')).toHaveCount(0);
});

test('catalogue: an own competency can be rated and required, and removing it is undoable', async ({
  page,
  planner,
}) => {
  const shell = new AppShell(page);
  await shell.open('catalogue');
  // The articles name the 12 competencies only: the screen says the descriptions are the planner's words.
  await expect(page.getByTestId('profile-note')).toContainText('de korte omschrijvingen zijn van de planner zelf');
  await expect(page.getByTestId('functions-note')).toContainText('voegt de planner zelf toe');
  await page.getByTestId('new-competency-nl').fill('Digitale vaardigheid');
  await page.getByRole('button', { name: 'Competentie toevoegen' }).click();
  // In the screen itself (the header's undo tooltip names the step, with the same words).
  await expect(page.getByRole('main').getByText('Digitale vaardigheid')).toBeVisible();
  await expect
    .poll(async () =>
      (await planner.api('catalogue.get', {})).competencies.some((c) => c.name.nl === 'Digitale vaardigheid'),
    )
    .toBe(true);

  await shell.open('professionals');
  await page.locator('.master-item').first().click();
  await expect(page.getByTestId('ratings')).toContainText('Digitale vaardigheid');

  await shell.open('catalogue');
  await page.getByRole('button', { name: 'Digitale vaardigheid verwijderen' }).click();
  await expect(page.getByRole('main').getByText('Digitale vaardigheid')).toHaveCount(0);
  await shell.undoButton().click();
  // In the screen itself (the header's undo tooltip names the step, with the same words).
  await expect(page.getByRole('main').getByText('Digitale vaardigheid')).toBeVisible();
});

test('after "Toevoegen" of a person the focus is in their name field, so typing goes on there', async ({
  page,
  planner,
}) => {
  await new AppShell(page).open('professionals');
  await page.getByTestId('new-professional-name').fill('Anna de Vrie');
  await page.keyboard.press('Enter');
  const editor = page.getByTestId('professional-editor');
  await expect(editor.getByRole('heading', { name: 'Anna de Vrie' })).toBeVisible();
  const field = editor.getByTestId('professional-name');
  await expect(field).toBeFocused();

  // A team leader typing fast finishes the name at once; leaving the field saves it.
  await page.keyboard.press('End');
  await page.keyboard.type('s');
  await page.keyboard.press('Tab');
  await expect
    .poll(async () => (await planner.api('professionals.list', {})).some((p) => p.name === 'Anna de Vries'))
    .toBe(true);
  await expect(page.getByTestId('new-professional-name')).toHaveValue('');
});
