import { AppShell } from './pages/AppShell.js';
import { BoardPage } from './pages/BoardPage.js';
import { ProfessionalsPage } from './pages/ProfessionalsPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

const PERSON = 'Anouk de Vries';

test.describe('personal data of a professional (AVG)', () => {
  test('inzage: the download is JSON with the person, their ratings and their places in teams', async ({
    page,
    planner,
  }) => {
    const people = new ProfessionalsPage(page);
    await people.open();
    await people.select(PERSON);
    await expect(people.personalData()).toContainText(`De planner bewaart over ${PERSON}: naam, discipline`);
    const { fileName, json } = await people.downloadPersonalData();
    expect(fileName).toMatch(/^persoonsgegevens-anouk-de-vries-\d{4}-\d{2}-\d{2}\.json$/);
    const stored = (await planner.api('professionals.list', {})).find((p) => p.name === PERSON)!;
    const data = json as {
      professional: { name: string; ratings: Record<string, number> };
      assignments: { teamName: string; hours: number }[];
    };
    expect(data.professional.name).toBe(PERSON);
    expect(data.professional.ratings).toEqual(stored.ratings);
    expect(Object.keys(data.professional.ratings).length).toBeGreaterThan(0);
    expect(data.assignments.length).toBeGreaterThan(0);
  });

  test('wissen: after an honest confirmation the person is gone from the pool, the board and the store', async ({
    page,
    planner,
  }) => {
    const shell = new AppShell(page);
    const board = new BoardPage(page);
    await shell.open('board');
    await expect(page.locator(`[data-testid="member"][data-name="${PERSON}"]`).first()).toBeVisible();

    const people = new ProfessionalsPage(page);
    await people.open();
    await people.select(PERSON);
    const before = await people.poolItems().count();
    // An edit first, so there is a history the erasure must clear.
    await page
      .getByTestId('ratings')
      .getByRole('button', { name: /Niveau voor Netwerken/ })
      .click();
    await page.getByRole('option', { name: /^1 · / }).click();
    await expect(shell.undoButton()).toBeEnabled();
    await people.eraseButton().click();
    const dialog = people.eraseDialog();
    await expect(dialog.getByRole('heading')).toHaveText(`${PERSON} overal wissen?`);
    await expect(dialog).toContainText('Dit kan niet ongedaan worden gemaakt');
    await expect(dialog).toContainText(`Reservekopieën van vóór het wissen bevatten ${PERSON} nog`);
    await expect(dialog).toContainText('uiterlijk 30 dagen na het wissen');
    await expect(dialog).toContainText(`${planner.dataDir}/backups`);
    // The safe choice has the focus.
    await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/personal-data-erase.png` });

    await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
    await expect(page.getByRole('status').filter({ hasText: `De gegevens van ${PERSON} zijn gewist.` })).toBeVisible();
    await expect(people.poolItem(PERSON)).toHaveCount(0);
    await expect(people.poolItems()).toHaveCount(before - 1);
    expect((await planner.api('professionals.list', {})).some((p) => p.name === PERSON)).toBe(false);
    // Not on the undo stack, and nothing before it can be undone (it could write her back).
    await expect(shell.undoButton()).toBeDisabled();

    await shell.open('board');
    await expect(board.poolCard(PERSON)).toHaveCount(0);
    await expect(page.locator(`[data-testid="member"][data-name="${PERSON}"]`)).toHaveCount(0);
    await expect(page.getByTestId('function-lane').first()).toBeVisible();
  });
});
