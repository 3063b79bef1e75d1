import type { TeamPlan } from '../../shared/plan/planSchema.js';
import { HrPage } from './pages/HrPage.js';
import { SCREENSHOT_DIR, expect, test, type PlannerFixture } from './support/fixtures.js';

/** Every team's main plan, renamed as a team leader would: one region file whose plans all exist here. */
async function regionFile(planner: PlannerFixture): Promise<{ name: string; content: string; names: string[] }> {
  const plans: TeamPlan[] = [];
  for (const team of await planner.api('teams.list', {})) {
    const plan = await planner.api('plan.export', { scenarioId: team.scenarios[0]!.id, includePool: false });
    plans.push({ ...plan, team: { ...plan.team, name: `${plan.team.name} (regio)` } });
  }
  return { name: 'regio.json', content: JSON.stringify(plans), names: plans.map((p) => p.team.name) };
}

test.describe('an import with many conflicts', () => {
  test('one choice replaces all after asking, with a backup first and one message at the end', async ({
    page,
    planner,
  }) => {
    const file = await regionFile(planner);
    const hr = new HrPage(page);
    await hr.open();
    await hr.importFiles([file]);
    const replaceAll = page.getByTestId('exchange-replace-all');
    await expect(replaceAll).toHaveText('Alle 3 vervangen');
    await expect(page.getByTestId('exchange-skip-all')).toHaveText('Alle 3 overslaan');
    // The choice per team stays for a few.
    await expect(page.getByTestId('exchange-conflict')).toHaveCount(3);
    await hr.exchange().screenshot({ path: `${SCREENSHOT_DIR}/exchange-bulk-choice.png` });

    await replaceAll.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('exchange-replace-all-dialog');
    await expect(dialog).toContainText('3 teams vervangen?');
    await expect(dialog).toContainText('voor het vervangen van 3 teams door een import');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/exchange-bulk-confirm.png` });
    // Cancel (the safe choice has the focus) changes nothing.
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('exchange-conflict')).toHaveCount(3);
    expect((await planner.api('teams.list', {})).map((t) => t.name)).not.toContain(file.names[0]);

    await replaceAll.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('exchange-replace-all-confirm').press('Enter');

    await expect(hr.messages().locator('li')).toHaveText([
      '3 teams zijn vervangen. De gegevens van daarvoor staan in een reservekopie.',
    ]);
    await expect(page.getByTestId('exchange-conflicts')).toHaveCount(0);
    // The summary takes the focus, not the page body.
    await expect(hr.messages()).toBeFocused();
    await hr.exchange().screenshot({ path: `${SCREENSHOT_DIR}/exchange-bulk-done.png` });
    expect((await planner.api('teams.list', {})).map((t) => t.name).sort()).toEqual([...file.names].sort());
    const backups = await planner.api('backups.list', {});
    expect(backups.map((b) => b.removal)).toContainEqual({ kind: 'teamsReplaced', name: '3' });

    // The Reservekopieën list says why it was made.
    await page.getByTestId('open-backups').click();
    await expect(page.getByTestId('backups-dialog')).toContainText('voor het vervangen van 3 teams door een import');
  });

  test('skipping all writes nothing and says so once', async ({ page, planner }) => {
    const file = await regionFile(planner);
    const hr = new HrPage(page);
    await hr.open();
    await hr.importFiles([file]);
    await page.getByTestId('exchange-skip-all').click();
    await expect(hr.messages().locator('li')).toHaveText([
      '3 teams zijn overgeslagen; de bestaande teams zijn niet gewijzigd.',
    ]);
    await expect(hr.messages()).toBeFocused();
    expect((await planner.api('teams.list', {})).map((t) => t.name)).not.toContain(file.names[0]);
  });

  test('over other screens only the count and a way to the panel, and it can be hidden', async ({ page, planner }) => {
    const file = await regionFile(planner);
    const hr = new HrPage(page);
    await hr.open();
    await hr.importFiles([file]);
    await expect(page.getByTestId('exchange-conflict')).toHaveCount(3);
    await page.getByTestId('nav-board').click();
    const notices = page.getByTestId('exchange-notices');
    await expect(notices).toContainText('3 geïmporteerde teams bestaan al.');
    await expect(notices.getByTestId('exchange-conflict')).toHaveCount(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/exchange-bulk-notices.png` });

    await notices.getByRole('button', { name: 'Naar Teamplannen uitwisselen' }).click();
    await expect(hr.exchange()).toBeVisible();
    // The focus is on the first question's first choice.
    await expect(hr.conflict(file.names[0]!).getByRole('button').first()).toBeFocused();

    await page.getByTestId('nav-board').click();
    await notices.getByRole('button', { name: 'Verbergen' }).click();
    await expect(notices).toHaveCount(0);
    // Hidden, not lost: the questions wait in the panel.
    await hr.open();
    await expect(page.getByTestId('exchange-conflict')).toHaveCount(3);
  });

  test('an export of all teams says that it runs and how far it is', async ({ page, planner: _planner }) => {
    const hr = new HrPage(page);
    await hr.open();
    // The answers to plan.export are held back until the line is on screen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/api/plan.export', async (route) => {
      await held;
      await route.continue();
    });
    const download = page.waitForEvent('download');
    await page.getByTestId('exchange-export-all').click();
    const progress = page.getByTestId('exchange-progress');
    await expect(progress).toHaveAttribute('role', 'status');
    await expect(progress).toContainText('Bezig met exporteren van 3 teams… 0%');
    await hr.exchange().screenshot({ path: `${SCREENSHOT_DIR}/exchange-export-progress.png` });
    release();
    await download;
    await expect(progress).toHaveCount(0);
    await expect(hr.messages()).toContainText('3 teamplannen zijn geëxporteerd');
  });
});
