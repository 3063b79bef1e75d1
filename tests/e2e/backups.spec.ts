import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/api/entities.js';
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

  // After the reload: which backup came back, and how to go back to just before, both named as
  // the list now writes them (the safety copy may share their minute, or the start backup's).
  const listAfter = await planner.api('backups.list', {});
  const safetyCopy = listAfter.find((b) => b.reason === 'beforeRestore')!;
  const listedAfter = listedMoments(
    'nl',
    listAfter.map((b) => b.createdAt),
  );
  const notice = page.getByTestId('restored-notice');
  await expect(notice).toContainText(`De reservekopie van ${listedAfter(backup.createdAt)} is teruggezet.`);
  // The reload left no focus: the notice takes it, so the keyboard and a screen reader start there.
  await expect(notice).toBeFocused();
  await expect(notice).toContainText(`‘voor het terugzetten’, gemaakt op ${listedAfter(safetyCopy.createdAt)}`);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/backups-restored-notice.png` });
  await notice.getByRole('button', { name: 'Reservekopieën openen' }).click();
  await expect(backups.row(safetyCopy.createdAt, 'voor het terugzetten')).toBeVisible();
  await expect(backups.dialog.getByRole('row').filter({ hasText: listedAfter(backup.createdAt) })).toContainText(
    'handmatig',
  );
});

test('two backups made in the same second read apart, in the list, on their buttons and in the notice after a restore', async ({
  page,
  planner,
}) => {
  // Two clicks in a row: the second backup in the same second as the first, a few hundred
  // milliseconds on. Made as a copy under the name the store gives a backup of that moment,
  // so the test does not hang on the clock; the list reads the moment from the name.
  const first = await planner.api('backups.create', {});
  const firstAt = new Date(first.createdAt);
  const ms = firstAt.getUTCMilliseconds();
  const secondAt = new Date(firstAt.getTime() + (ms < 500 ? 300 : -300));
  const [earlier, later] = secondAt > firstAt ? [firstAt, secondAt] : [secondAt, firstAt];
  const dir = path.join(planner.dataDir, 'backups');
  const stamp = (at: Date) => at.toISOString().replace(/[-:.]/g, '');
  copyFileSync(path.join(dir, first.id), path.join(dir, `planner-${stamp(secondAt)}-manual.sqlite`));
  const listed = listedMoments(
    'nl',
    (await planner.api('backups.list', {})).map((b) => b.createdAt),
  );
  // Both in 13:07:42 (say): each with its place in that second, counted in the order they were
  // made (the start backup may be in that second too, and comes first then).
  const earlierText = listed(earlier);
  const laterText = listed(later);
  const place = (text: string, at: Date) => {
    const prefix = `${formatMomentToSecond('nl', at)} (`;
    expect(text.startsWith(prefix) && text.endsWith(')')).toBe(true);
    return Number(text.slice(prefix.length, -1));
  };
  expect(place(laterText, later)).toBe(place(earlierText, earlier) + 1);

  const backups = new BackupsDialog(page);
  await backups.open();
  const rows = backups.dialog.getByRole('row').filter({ hasText: 'handmatig' });
  await expect(rows).toHaveCount(2);
  // Newest first, each row its own moment.
  await expect(rows.nth(0).getByRole('cell').first()).toHaveText(laterText);
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText(earlierText);
  // A screen reader hears which backup each Restore button is for: one button per moment.
  for (const text of [earlierText, laterText]) {
    await expect(
      backups.dialog.getByRole('button', { name: `Reservekopie van ${text} terugzetten`, exact: true }),
    ).toHaveCount(1);
  }
  await page.screenshot({ path: `${SCREENSHOT_DIR}/backups-same-second.png` });

  // Restoring the later one: the question and then the notice name it as its row does.
  await rows
    .nth(0)
    .getByRole('button', { name: /terugzetten/ })
    .click();
  await expect(backups.confirm).toContainText(`Reservekopie van ${laterText} terugzetten?`);
  await backups.confirm.getByRole('button', { name: 'Ja, terugzetten' }).click();
  const notice = page.getByTestId('restored-notice');
  await expect(notice).toBeFocused();
  const listedAfter = listedMoments(
    'nl',
    (await planner.api('backups.list', {})).map((b) => b.createdAt),
  );
  // The safety copy is made after both, so whatever second it falls in, theirs keep their places.
  expect(listedAfter(later)).toBe(laterText);
  await expect(notice).toContainText(`De reservekopie van ${laterText} is teruggezet.`);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/backups-same-second-restored.png` });
  await notice.getByRole('button', { name: 'Reservekopieën openen' }).click();
  await expect(backups.dialog.getByRole('row').filter({ hasText: laterText })).toHaveCount(1);
  await expect(backups.dialog.getByRole('row').filter({ hasText: laterText })).toContainText('handmatig');
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
  // Named as its row is: to the minute, or to the second when the start backup shares its minute.
  const listed = listedMoments(
    'nl',
    after.map((b) => b.createdAt),
  )(made.createdAt);
  expect(listed.startsWith(formatMoment('nl', made.createdAt))).toBe(true);
  await expect(said).toHaveText(`Er is een reservekopie gemaakt op ${listed}.`);
  await expect(backups.rowAt(made.createdAt, 'handmatig')).toBeVisible();
  // The dialog stays open with the focus where it was, for the next step.
  await expect(backups.makeNowButton()).toBeFocused();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/backups-made.png` });
});

test('two backups in one minute: what is said after a backup by hand names it as its row does', async ({
  page,
  planner,
}) => {
  const backups = new BackupsDialog(page);
  await backups.open();
  // Another backup in the new one's minute, in another second: a copy under the name the store
  // gives a backup of that moment, put there as the new one is made (before its answer reaches
  // the page), so the test does not hang on the clock. The list reads the moment from the name.
  const dir = path.join(planner.dataDir, 'backups');
  await page.route('**/api/backups.create', async (route) => {
    const response = await route.fetch();
    const made = ((await response.json()) as { value: BackupInfo }).value;
    const other = new Date(made.createdAt);
    other.setUTCSeconds(other.getUTCSeconds() === 0 ? 30 : 0, 0);
    const stamp = other.toISOString().replace(/[-:.]/g, '');
    copyFileSync(path.join(dir, made.id), path.join(dir, `planner-${stamp}-interval.sqlite`));
    await route.fulfill({ response });
  });
  const before = await planner.api('backups.list', {});
  await backups.makeNowButton().click();
  const said = backups.dialog.getByRole('status').filter({ hasText: 'Er is een reservekopie gemaakt op' });
  await expect(said).toBeVisible();
  const after = await planner.api('backups.list', {});
  const made = after.find((b) => b.reason === 'manual' && !before.some((old) => old.id === b.id))!;
  const rowText = listedMoments(
    'nl',
    after.map((b) => b.createdAt),
  )(made.createdAt);
  // To the second (and its place in it, should the start backup share that second too).
  expect(rowText.startsWith(formatMomentToSecond('nl', made.createdAt))).toBe(true);
  await expect(said).toHaveText(`Er is een reservekopie gemaakt op ${rowText}.`);
  // The row the words lead to: exactly one, the one made by hand.
  const row = backups.dialog.getByRole('row').filter({ has: page.getByRole('cell', { name: rowText, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('handmatig');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/backups-made-same-minute.png` });
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
