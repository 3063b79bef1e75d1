import { AppShell } from './pages/AppShell.js';
import { DesignPage } from './pages/DesignPage.js';
import { expect, test } from './support/fixtures.js';

test('delete a variant scenario and then the whole team, each after a question and a backup', async ({
  page,
  planner,
}) => {
  const shell = new AppShell(page);
  await new DesignPage(page).createTeam('Team om te verwijderen');
  const backupsBefore = (await planner.api('backups.list', {})).length;

  await shell.open('scenarios');
  await page.getByTestId('scenario-name').fill('Proefopzet');
  await page.getByTestId('scenario-duplicate').click();
  const row = page.locator('[data-scenario="Proefopzet"]');
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Openen' }).click();
  await expect(row).toContainText('geopend');

  // Cancel first: nothing happens.
  await row.getByRole('button', { name: 'Scenario Proefopzet verwijderen' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Proefopzet verwijderen?');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Annuleren' }).click();
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: 'Scenario Proefopzet verwijderen' }).click();
  await page.getByTestId('scenario-remove-confirm').click();
  await expect(row).toHaveCount(0);
  // The team's main scenario is open again.
  await expect(page.locator('[data-scenario="Hoofdscenario"]')).toContainText('geopend');
  let teams = await planner.api('teams.list', {});
  expect(teams.find((t) => t.name === 'Team om te verwijderen')!.scenarios.map((s) => s.name)).toEqual([
    'Hoofdscenario',
  ]);
  expect((await planner.api('backups.list', {})).length).toBe(backupsBefore + 1);

  await shell.open('design');
  await page.getByTestId('team-remove').click();
  await expect(page.getByRole('alertdialog')).toContainText('Team om te verwijderen verwijderen?');
  await page.getByTestId('team-remove-confirm').click();
  await expect(page.getByTestId('team-picker')).not.toContainText('Team om te verwijderen');
  teams = await planner.api('teams.list', {});
  expect(teams.map((t) => t.name)).not.toContain('Team om te verwijderen');
  expect(teams.length).toBeGreaterThan(0);
  expect((await planner.api('backups.list', {})).length).toBe(backupsBefore + 2);
});
