import { formatMoment } from '../../shared/i18n/dateText.js';
import { AppShell } from './pages/AppShell.js';
import { BackupsDialog } from './pages/BackupsDialog.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

test('restore a backup: the edit made after it is gone, the data before it is back', async ({ page, planner }) => {
  const teamsBefore = await planner.api('teams.list', {});
  const backup = await planner.api('backups.create', {});
  const team = teamsBefore[0]!;
  await planner.api('teams.update', { id: team.id, name: 'Na de reservekopie' });
  await page.reload();
  // The picker shows a sample team's name with "(voorbeeld)" after it.
  await expect(new AppShell(page).teamField()).toHaveValue(/^Na de reservekopie( \(voorbeeld\))?$/);

  const backups = new BackupsDialog(page);
  await backups.open();
  await expect(backups.dialog).toContainText('handmatig');
  // The moment the long way, as the startup notice and the wachtrij write it: "30 november 2026 om 13:07".
  await expect(backups.row(backup.createdAt, 'handmatig')).toContainText(/\d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}/);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/backups-dialog.png` });

  // It asks first, naming the backup and the copy of the current data it keeps; focus on the safe choice.
  const when = formatMoment('nl', backup.createdAt);
  await backups.restoreButton(backup.createdAt, 'handmatig').click();
  await expect(backups.confirm).toContainText(`Reservekopie van ${when} terugzetten?`);
  await expect(backups.confirm).toContainText(`hoe alles was op ${when}`);
  await expect(backups.confirm).toContainText('bewaard als reservekopie ‘voor het terugzetten’');
  // No shared database here: nothing said about one.
  await expect(backups.confirm.getByTestId('restore-backup-note')).toHaveCount(0);
  await expect(backups.confirm.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/backups-restore-confirm.png` });

  // Cancelling changes nothing and gives the focus back to the row's button.
  await page.keyboard.press('Escape');
  await expect(backups.confirm).toBeHidden();
  await expect(backups.restoreButton(backup.createdAt, 'handmatig')).toBeFocused();
  expect((await planner.api('teams.list', {})).find((t) => t.id === team.id)?.name).toBe('Na de reservekopie');

  await backups.restoreButton(backup.createdAt, 'handmatig').click();
  await backups.confirm.getByRole('button', { name: 'Ja, terugzetten' }).click();
  await expect(new AppShell(page).teamField()).toHaveValue(new RegExp(`^${team.name}( \\(voorbeeld\\))?$`));
  expect((await planner.api('teams.list', {})).find((t) => t.id === team.id)?.name).toBe(team.name);

  // After the reload: which backup came back, and how to go back to just before.
  const safetyCopy = (await planner.api('backups.list', {})).find((b) => b.reason === 'beforeRestore')!;
  const notice = page.getByTestId('restored-notice');
  await expect(notice).toContainText(`De reservekopie van ${when} is teruggezet.`);
  // The reload left no focus: the notice takes it, so the keyboard and a screen reader start there.
  await expect(notice).toBeFocused();
  await expect(notice).toContainText(`‘voor het terugzetten’, gemaakt op ${formatMoment('nl', safetyCopy.createdAt)}`);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/backups-restored-notice.png` });
  await notice.getByRole('button', { name: 'Reservekopieën openen' }).click();
  await expect(backups.row(safetyCopy.createdAt, 'voor het terugzetten')).toBeVisible();
});

test('make a backup from Reservekopieën: it says so and the new one is in the list', async ({ page, planner }) => {
  const backups = new BackupsDialog(page);
  await backups.open();
  const before = await planner.api('backups.list', {});
  await backups.makeNowButton().click();
  // Said in the dialog itself: a toast behind an open dialog cannot be read.
  const said = backups.dialog.getByRole('status').filter({ hasText: 'Er is een reservekopie gemaakt op' });
  await expect(said).toBeVisible();
  const after = await planner.api('backups.list', {});
  expect(after.length).toBe(before.length + 1);
  const made = after.find((b) => !before.some((old) => old.id === b.id))!;
  expect(made.reason).toBe('manual');
  await expect(said).toHaveText(`Er is een reservekopie gemaakt op ${formatMoment('nl', made.createdAt)}.`);
  await expect(backups.row(made.createdAt, 'handmatig')).toBeVisible();
  // The dialog stays open with the focus where it was, for the next step.
  await expect(backups.makeNowButton()).toBeFocused();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/backups-made.png` });
});
