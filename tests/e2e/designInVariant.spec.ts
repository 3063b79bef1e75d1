import { AppShell } from './pages/AppShell.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

/**
 * Functions belong to a scenario, the rest of the design to the team. With a variant open,
 * the design screen says whose functions it edits, so a change of hours or requirements
 * there is not taken for a change of the team (the main scenario stays as it is).
 */
test('the design screen says when its functions are those of a variant, not of the main scenario', async ({
  page,
  planner: _planner,
}) => {
  const shell = new AppShell(page);
  const functions = page.getByTestId('function-editor');
  const note = page.getByTestId('variant-functions-note');

  await shell.open('design');
  await expect(functions.getByRole('heading', { level: 2 })).toHaveText('Functies van dit team');
  await expect(note).toHaveCount(0);

  await shell.open('scenarios');
  await page.getByTestId('scenario-name').fill('Proef');
  await page.getByTestId('scenario-duplicate').click();
  const row = page.locator('[data-scenario="Proef"]');
  await row.getByRole('button', { name: 'Openen' }).click();
  await expect(row).toContainText('geopend');

  await shell.open('design');
  await expect(functions.getByRole('heading', { level: 2 })).toHaveText('Functies in het scenario ‘Proef’');
  await expect(note).toHaveText(
    'U werkt in het scenario ‘Proef’. De functies hieronder, met hun uren en eisen, horen bij dit scenario: ' +
      'wat u hier wijzigt of toevoegt, verandert het hoofdscenario ‘Hoofdscenario’ niet. De naam, het model ' +
      'en de andere ontwerpkeuzes bovenaan deze pagina gelden voor het hele team.',
  );
  await note.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/design-functions-of-variant.png` });

  // Adopted, it is the main scenario: the screen speaks of the team's functions again.
  await shell.open('scenarios');
  await row.getByRole('button', { name: /vaststellen/ }).click();
  await expect(row).toContainText('hoofdscenario');
  await shell.open('design');
  await expect(functions.getByRole('heading', { level: 2 })).toHaveText('Functies van dit team');
  await expect(note).toHaveCount(0);
});
