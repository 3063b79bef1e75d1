import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatMoment, formatMomentToSecond, listedMoments } from '../../shared/i18n/dateText.js';
import { AppShell } from './pages/AppShell.js';
import { BackupsDialog, momentPattern } from './pages/BackupsDialog.js';
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
  // The question writes the moment as the list does: to the second when the start backup shares its minute.
  const listed = listedMoments(
    'nl',
    (await planner.api('backups.list', {})).map((b) => b.createdAt),
  )(backup.createdAt);
  await backups.restoreButton(backup.createdAt, 'handmatig').click();
  await expect(backups.confirm).toContainText(`Reservekopie van ${listed} terugzetten?`);
  await expect(backups.confirm).toContainText(`hoe alles was op ${listed}`);
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

test('a damaged backup is listed as such without a restore button; one damaged later is refused in the dialog', async ({
  page,
  planner,
}) => {
  // Two backups within the same minute: the list writes them to the second.
  const damaged = await planner.api('backups.create', {});
  // A second apart: to the second is as fine as the list goes.
  await page.waitForTimeout(1100);
  const good = await planner.api('backups.create', {});
  const file = (id: string) => path.join(planner.dataDir, 'backups', id);
  // Cut off halfway, as an interrupted copy by hand leaves it.
  const bytes = readFileSync(file(damaged.id));
  writeFileSync(file(damaged.id), bytes.subarray(0, Math.floor(bytes.length / 2)));
  const teamsBefore = await planner.api('teams.list', {});

  const backups = new BackupsDialog(page);
  await backups.open();
  const damagedRow = backups.rowAt(damaged.createdAt, 'handmatig');
  await expect(damagedRow).toContainText('Beschadigd, kan niet worden teruggezet');
  await expect(damagedRow.getByRole('button')).toHaveCount(0);
  // The good one keeps its button, labelled with its own moment (to the second when it shares the minute).
  await expect(
    backups.rowAt(good.createdAt, 'handmatig').getByRole('button', { name: momentPattern(good.createdAt) }),
  ).toBeEnabled();
  if (formatMoment('nl', damaged.createdAt) === formatMoment('nl', good.createdAt)) {
    await expect(backups.rowAt(good.createdAt, 'handmatig')).toContainText(formatMomentToSecond('nl', good.createdAt));
  }
  await page.screenshot({ path: `${SCREENSHOT_DIR}/backups-damaged-row.png` });

  // Damaged after the list was read: a disk error in the middle of the file, same size.
  const goodBytes = readFileSync(file(good.id));
  goodBytes.fill(0x41, 100, 4000);
  writeFileSync(file(good.id), goodBytes);
  await backups
    .rowAt(good.createdAt, 'handmatig')
    .getByRole('button', { name: /terugzetten/ })
    .click();
  await backups.confirm.getByRole('button', { name: 'Ja, terugzetten' }).click();

  // Said in the open dialog, where it can be read: a toast would sit behind it.
  await expect(backups.dialog.getByRole('alert').filter({ hasText: 'beschadigd' })).toHaveText(
    'Deze reservekopie is beschadigd en kan niet worden teruggezet. Er is niets gewijzigd. Kies een andere reservekopie.',
  );
  await expect(backups.dialog).toBeVisible();
  expect(await planner.api('teams.list', {})).toEqual(teamsBefore);
  // The list now says so of that row too.
  await expect(backups.rowAt(good.createdAt, 'handmatig')).toContainText('Beschadigd, kan niet worden teruggezet');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/backups-damaged.png` });
});
