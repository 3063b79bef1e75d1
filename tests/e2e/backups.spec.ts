import { formatMoment } from '../../shared/i18n/dateText.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

test('restore a backup: the edit made after it is gone, the data before it is back', async ({ page, planner }) => {
  const teamsBefore = await planner.api('teams.list', {});
  const backup = await planner.api('backups.create', {});
  const team = teamsBefore[0]!;
  await planner.api('teams.update', { id: team.id, name: 'Na de reservekopie' });
  await page.reload();
  await expect(page.getByTestId('team-picker')).toContainText('Na de reservekopie');

  await page.getByTestId('open-backups').click();
  const dialog = page.getByTestId('backups-dialog');
  await expect(dialog).toContainText('handmatig');
  // The moment the long way, as the startup notice and the wachtrij write it: "30 november 2026 om 13:07".
  await expect(dialog.getByRole('row', { name: /handmatig/ })).toContainText(formatMoment('nl', backup.createdAt));
  await expect(dialog.getByRole('row', { name: /handmatig/ })).toContainText(/\d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}/);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/backups-dialog.png` });
  await dialog
    .getByRole('row', { name: /handmatig/ })
    .getByRole('button', { name: /terugzetten/ })
    .click();
  await expect(page.getByTestId('team-picker')).toContainText(team.name);
  expect((await planner.api('teams.list', {})).find((t) => t.id === team.id)?.name).toBe(team.name);
});
