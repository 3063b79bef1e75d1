import { AppShell } from './pages/AppShell.js';
import { BackupsDialog } from './pages/BackupsDialog.js';
import { ProfessionalsPage } from './pages/ProfessionalsPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import type { Api } from './support/api.js';
import { dutchOrder } from '../../shared/hr/dutchOrder.js';

/** Daan's places in the main scenario of every team, as the store has them: team name, function and hours. */
async function placesOf(api: Api, id: string): Promise<string[]> {
  const out: string[] = [];
  for (const team of await api('teams.list', {})) {
    const view = await api('plan.get', { scenarioId: team.scenarios.find((s) => s.isMain)!.id });
    for (const a of view.plan.assignments)
      if (a.professionalId === id) out.push(`${team.name} ${a.functionId} ${a.hours}`);
  }
  return out.sort();
}

test('deleting a professional in two teams asks, backs up, says so, and undo brings back every place', async ({
  page,
  planner,
}) => {
  const pool = await planner.api('professionals.list', {});
  const daan = pool.find((p) => p.name === 'Daan Smit')!;
  // Daan works in Noord (the open team); give him a place in Zuid too.
  const teams = await planner.api('teams.list', {});
  const zuid = teams.find((t) => t.name === 'Wijkteam Voorbeeldwijk-Zuid')!;
  const zuidPlan = await planner.api('plan.get', { scenarioId: zuid.scenarios[0]!.id });
  await planner.api('assignments.set', {
    functionId: zuidPlan.plan.functions[0]!.id,
    professionalId: daan.id,
    hours: 6,
  });
  const before = await placesOf(planner.api, daan.id);
  expect(before).toHaveLength(2);
  const sorted = [...pool].sort((a, b) => dutchOrder(a.name, b.name));
  const next = sorted[sorted.findIndex((p) => p.id === daan.id) + 1]!;

  const people = new ProfessionalsPage(page);
  await page.reload();
  await people.open();
  await people.select('Daan Smit');

  // The question names the teams whose places go; Annuleren has the focus, and cancelling deletes nothing.
  await people.deleteButton().click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Daan Smit verwijderen?');
  await expect(dialog).toContainText(
    'Daan Smit staat in 2 teams: Wijkteam Voorbeeldwijk-Noord en Wijkteam Voorbeeldwijk-Zuid.',
  );
  await expect(dialog).toContainText('de plaatsen in die teams vervallen');
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/professional-delete-confirm.png` });
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  expect(await placesOf(planner.api, daan.id)).toEqual(before);

  await people.deleteButton().click();
  await dialog.getByTestId('professional-delete-confirm').click();
  await expect(people.poolItem('Daan Smit')).toHaveCount(0);
  expect(await placesOf(planner.api, daan.id)).toEqual([]);
  // Said politely, and the focus is on the next person in the list (whose details are open), not on the page.
  await expect(page.getByRole('status').getByTestId('toast-info')).toContainText('Daan Smit is verwijderd.');
  await expect(people.poolItem(next.name)).toBeFocused();
  await expect(page.getByTestId('professional-editor').getByRole('heading', { level: 2 })).toHaveText(next.name);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/professional-deleted.png` });

  // Undo puts Daan back in both teams with the hours he had.
  await new AppShell(page).undoButton().click();
  await expect(people.poolItem('Daan Smit')).toHaveCount(1);
  await expect(page.getByRole('status').getByTestId('toast-info').last()).toContainText(
    'Daan Smit is teruggezet, met alle plaatsen in de teams.',
  );
  expect(await placesOf(planner.api, daan.id)).toEqual(before);

  // The backup made before is named after him.
  const made = (await planner.api('backups.list', {})).find((b) => b.reason === 'beforeRemoval')!;
  const backups = new BackupsDialog(page);
  await backups.open();
  await expect(backups.row(made.createdAt, 'voor het verwijderen van Daan Smit')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/backups-before-removal.png` });
});
