import { AppShell } from './pages/AppShell.js';
import { BackupsDialog } from './pages/BackupsDialog.js';
import { DesignPage } from './pages/DesignPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

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
  // The team's main scenario is open again, its row has the focus (the pressed button is gone),
  // and a message says what happened.
  const mainRow = page.locator('[data-scenario="Hoofdscenario"]');
  await expect(mainRow).toContainText('geopend');
  await expect(mainRow.getByRole('rowheader')).toBeFocused();
  await expect(page.getByRole('status').getByTestId('toast-info')).toContainText(
    'Scenario Proefopzet is verwijderd. De reservekopie van vlak ervoor staat in Reservekopieën.',
  );
  let teams = await planner.api('teams.list', {});
  expect(teams.find((t) => t.name === 'Team om te verwijderen')!.scenarios.map((s) => s.name)).toEqual([
    'Hoofdscenario',
  ]);
  expect((await planner.api('backups.list', {})).length).toBe(backupsBefore + 1);

  await shell.open('design');
  await page.getByTestId('team-remove').click();
  await expect(page.getByRole('alertdialog')).toContainText('Team om te verwijderen verwijderen?');
  // By keyboard, as the tour did: from Annuleren to Verwijderen, Enter.
  await expect(page.getByRole('alertdialog').getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('team-remove-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(new AppShell(page).teamField()).not.toHaveValue(/Team om te verwijderen/);
  // The focus goes to the team picker (the team now open), never to the next team's "Team verwijderen".
  await expect(new AppShell(page).teamField()).toBeFocused();
  await expect(page.getByTestId('team-remove')).not.toBeFocused();
  await expect(page.getByRole('status').getByTestId('toast-info').last()).toContainText(
    'Team om te verwijderen is verwijderd.',
  );
  await page.screenshot({ path: `${SCREENSHOT_DIR}/team-removed.png` });
  teams = await planner.api('teams.list', {});
  expect(teams.map((t) => t.name)).not.toContain('Team om te verwijderen');
  expect(teams.length).toBeGreaterThan(0);
  expect((await planner.api('backups.list', {})).length).toBe(backupsBefore + 2);

  // Each backup says what it was made for.
  const made = (await planner.api('backups.list', {})).filter((b) => b.reason === 'beforeRemoval');
  expect(made.map((b) => b.removal)).toEqual([
    { kind: 'team', name: 'Team om te verwijderen' },
    { kind: 'scenario', name: 'Proefopzet' },
  ]);
  const backups = new BackupsDialog(page);
  await backups.open();
  await expect(backups.row(made[0]!.createdAt, 'voor het verwijderen van team Team om te verwijderen')).toBeVisible();
  await expect(backups.row(made[1]!.createdAt, 'voor het verwijderen van scenario Proefopzet')).toBeVisible();
});
