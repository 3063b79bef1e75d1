import { expect, test } from './support/fixtures.js';

test('restore a backup: the edit made after it is gone, the data before it is back', async ({ page, planner }) => {
  const teamsBefore = await planner.api('teams.list', {});
  await planner.api('backups.create', {});
  const team = teamsBefore[0]!;
  await planner.api('teams.update', { id: team.id, name: 'Na de reservekopie' });
  await page.reload();
  await expect(page.getByTestId('team-picker')).toContainText('Na de reservekopie');

  await page.getByTestId('open-backups').click();
  const dialog = page.getByTestId('backups-dialog');
  await expect(dialog).toContainText('handmatig');
  await dialog
    .getByRole('row', { name: /handmatig/ })
    .getByRole('button', { name: /terugzetten/ })
    .click();
  await expect(page.getByTestId('team-picker')).toContainText(team.name);
  expect((await planner.api('teams.list', {})).find((t) => t.id === team.id)?.name).toBe(team.name);
});
