import { AppShell } from './pages/AppShell.js';
import { DesignPage } from './pages/DesignPage.js';
import { expect, test } from './support/fixtures.js';

test('remove the sample after creating an own team: only the own team stays', async ({ page, planner }) => {
  const shell = new AppShell(page);
  await new DesignPage(page).createTeam('Eigen team');
  await shell.chooseTeam('Voorbeeldwijk-Noord');
  await shell.open('design');
  await page.getByTestId('sample-note').getByRole('button', { name: 'Voorbeeldwijk verwijderen' }).click();
  await page.getByTestId('sample-remove-confirm').click();
  await expect(new AppShell(page).teamField()).toHaveValue(/Eigen team/);
  await expect(page.getByTestId('sample-note')).toHaveCount(0);
  const teams = await planner.api('teams.list', {});
  expect(teams.map((t) => t.name)).toEqual(['Eigen team']);
});

test('remove the sample as a new user: a backup named after it, a message, and "Nieuw team" on the empty page opens the dialog', async ({
  page,
  planner,
}) => {
  const shell = new AppShell(page);
  await shell.open('design');
  await page.getByTestId('sample-note').getByRole('button', { name: 'Voorbeeldwijk verwijderen' }).click();
  await page.getByTestId('sample-remove-confirm').click();
  await expect(page.getByText('De Voorbeeldwijk is verwijderd.')).toBeVisible();
  // Focus is not lost on the page: the header's team picker has it.
  await expect(shell.teamField()).toBeFocused();
  const backups = await planner.api('backups.list', {});
  expect(backups.some((b) => b.removal?.kind === 'sample')).toBe(true);
  await page.getByRole('button', { name: 'Reservekopieën' }).click();
  await expect(page.getByRole('dialog')).toContainText('voor het verwijderen van de Voorbeeldwijk');
  await page.keyboard.press('Escape');

  // The empty page's own "Nieuw team" opens the same dialog as the header's.
  await page.getByTestId('empty-new-team').click();
  await expect(page.getByRole('dialog', { name: 'Nieuw team' })).toBeVisible();
});
