import { readFileSync } from 'node:fs';
import path from 'node:path';
import { teamPlanSchema, type TeamPlan } from '../../shared/plan/planSchema.js';
import { HrPage } from './pages/HrPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';

const ZUID = 'Wijkteam Voorbeeldwijk-Zuid';

test.describe('exchange of team plan files', () => {
  test('exports one team as a team plan file and all teams as an array of them', async ({
    page,
    planner: _planner,
  }) => {
    const hr = new HrPage(page);
    await hr.open();
    await page.getByTestId('exchange-team').selectOption({ label: ZUID });
    const [one] = await Promise.all([page.waitForEvent('download'), page.getByTestId('exchange-export-team').click()]);
    // Named for the team and the day, as every other export (datedFileName).
    const day = /^wijkteam-voorbeeldwijk-zuid-(\d{4}-\d{2}-\d{2})\.json$/.exec(one.suggestedFilename())?.[1];
    expect(day, one.suggestedFilename()).toBeDefined();
    const plan = teamPlanSchema.parse(JSON.parse(readFileSync(await one.path(), 'utf8')));
    expect(plan.team.name).toBe(ZUID);
    // Members only: a team leader's file does not carry the whole pool.
    expect(new Set(plan.professionals.map((p) => p.id))).toEqual(
      new Set(plan.assignments.map((a) => a.professionalId)),
    );

    const [all] = await Promise.all([page.waitForEvent('download'), page.getByTestId('exchange-export-all').click()]);
    expect(all.suggestedFilename()).toBe(`wijkteamplannen-${day}.json`);
    const plans = (JSON.parse(readFileSync(await all.path(), 'utf8')) as unknown[]).map((p) => teamPlanSchema.parse(p));
    expect(plans.map((p) => p.team.name).sort()).toEqual([
      'Wijkteam Voorbeeldwijk-Noord',
      ZUID,
      'Zorgteam Jeugd en Gezin Noord',
    ]);
    await expect(hr.messages()).toContainText('3 teamplannen zijn geëxporteerd');
    // Each file says what its people give to other teams, as the board counts it: in the
    // sample Anouk de Vries works 8 hours in another team besides her hours in Noord.
    const noord = plans.find((p) => p.team.name === 'Wijkteam Voorbeeldwijk-Noord')!;
    const anouk = noord.professionals.find((p) => p.name === 'Anouk de Vries')!;
    expect(noord.hoursInOtherTeams?.[anouk.id]).toBe(8);
  });

  test('an import of a team that exists waits for the user: skip keeps it, replace overwrites, copy adds', async ({
    page,
    planner,
  }) => {
    const teams = await planner.api('teams.list', {});
    const zuid = teams.find((t) => t.name === ZUID)!;
    const exported = await planner.api('plan.export', { scenarioId: zuid.scenarios[0]!.id, includePool: false });
    // The team leader renamed the team and dropped one assignment while offline.
    const fromLeader: TeamPlan = {
      ...exported,
      team: { ...exported.team, name: 'Wijkteam Zuid (versie teamleider)' },
      assignments: exported.assignments.slice(1),
    };
    const newTeam: TeamPlan = {
      ...exported,
      team: { ...exported.team, id: 'team-van-elders', name: 'Wijkteam Elders' },
    };
    const file = { name: 'zuid.json', content: JSON.stringify(fromLeader) };

    const hr = new HrPage(page);
    await hr.open();
    // Two files at once: the new team is imported at once, the existing one waits.
    await hr.importFiles([file, { name: 'elders.json', content: JSON.stringify([newTeam]) }]);
    await expect(hr.conflict('Wijkteam Zuid (versie teamleider)')).toContainText(
      `staat al in de planner als ‘${ZUID}’`,
    );
    await expect(hr.messages()).toContainText('Wijkteam Elders is geïmporteerd');
    // One team waits: the heading speaks of one (i18next's _one), not of “deze teams”.
    await expect(page.getByTestId('exchange-conflicts').getByRole('heading')).toHaveText('Dit team bestaat al');
    await expect(hr.row('Wijkteam Elders')).toBeVisible();
    // Nothing was written for the conflict yet.
    expect((await planner.api('teams.list', {})).find((t) => t.id === zuid.id)!.name).toBe(ZUID);

    await hr.conflict('Wijkteam Zuid (versie teamleider)').getByRole('button', { name: 'Overslaan' }).click();
    await expect(hr.conflict('Wijkteam Zuid (versie teamleider)')).toHaveCount(0);
    expect((await planner.api('teams.list', {})).find((t) => t.id === zuid.id)!.name).toBe(ZUID);

    await hr.importFiles([file]);
    await hr
      .conflict('Wijkteam Zuid (versie teamleider)')
      .getByRole('button', { name: 'Vervangen door het bestand' })
      .click();
    await expect(hr.messages()).toContainText(
      'Wijkteam Zuid (versie teamleider) is vervangen. De gegevens van daarvoor staan in een reservekopie.',
    );
    // Replacing one team is as destructive as replacing many: a backup named after the team it replaced.
    expect((await planner.api('backups.list', {})).map((b) => b.removal)).toContainEqual({
      kind: 'teamReplaced',
      name: ZUID,
    });
    const replaced = (await planner.api('teams.list', {})).find((t) => t.id === zuid.id)!;
    expect(replaced.name).toBe('Wijkteam Zuid (versie teamleider)');
    const stored = await planner.api('plan.export', {
      scenarioId: replaced.scenarios.find((s) => s.isMain)!.id,
      includePool: false,
    });
    expect(stored.assignments).toHaveLength(fromLeader.assignments.length);
    await expect(hr.row('Wijkteam Zuid (versie teamleider)')).toBeVisible();

    await hr.importFiles([file]);
    // Before choosing, the team leader reads that a copy shares the people, and so their hours.
    await expect(hr.conflict('Wijkteam Zuid (versie teamleider)')).toContainText(
      'Een kopie krijgt dezelfde professionals als het bestaande team.',
    );
    await hr.conflict('Wijkteam Zuid (versie teamleider)').getByRole('button', { name: 'Als kopie toevoegen' }).click();
    await expect(hr.messages()).toContainText(
      'als kopie geïmporteerd onder de naam ‘Wijkteam Zuid (versie teamleider) (kopie)’, met dezelfde professionals',
    );
    const after = await planner.api('teams.list', {});
    expect(after.filter((t) => t.name.startsWith('Wijkteam Zuid (versie teamleider)'))).toHaveLength(2);
    expect(after).toHaveLength(5);
  });

  test('a file that is not a team plan is refused with a Dutch message and changes nothing', async ({
    page,
    planner,
  }) => {
    const hr = new HrPage(page);
    await hr.open();
    await hr.importFiles([
      { name: 'kapot.json', content: '{ dit is geen json' },
      { name: 'verkeerd.json', content: JSON.stringify({ format: 'wijkteam-plan', version: 1, team: { name: 'X' } }) },
    ]);
    await expect(hr.messages()).toContainText('kapot.json is geen teamplan');
    await expect(hr.messages().locator('.exchange-error')).toHaveCount(2);
    await expect(hr.messages()).toContainText('verkeerd.json');
    expect(await planner.api('teams.list', {})).toHaveLength(3);
  });

  test('a file of things that are no plans gets one plain message per part, no "(team)" and no field names', async ({
    page,
    planner,
  }) => {
    const hr = new HrPage(page);
    await hr.open();
    await hr.importFiles([
      { name: 'array.json', content: '[1,2]' },
      { name: 'minimal.json', content: JSON.stringify({ format: 'wijkteam-plan', version: 2 }) },
      { name: 'leeg.json', content: '' },
    ]);
    const errors = hr.messages().locator('.exchange-error');
    await expect(errors).toHaveText([
      'array.json: onderdeel 1 van het bestand is geen teamplan.',
      'array.json: onderdeel 2 van het bestand is geen teamplan.',
      'minimal.json: Dit teamplan kan niet worden ingelezen (4 fouten). Eerste fout bij het team: ontbreekt.',
      'leeg.json is geen teamplan: het bestand is leeg. Kies een bestand dat de planner heeft geëxporteerd.',
    ]);
    await hr.messages().screenshot({ path: path.join(SCREENSHOT_DIR, 'exchange-no-plans.png') });
    expect(await planner.api('teams.list', {})).toHaveLength(3);
  });

  test('a conflict left open follows the user to other screens until it is decided', async ({ page, planner }) => {
    const teams = await planner.api('teams.list', {});
    const noord = teams.find((t) => t.name === 'Wijkteam Voorbeeldwijk-Noord')!;
    const exported = await planner.api('plan.export', { scenarioId: noord.scenarios[0]!.id, includePool: false });
    const hr = new HrPage(page);
    await hr.open();
    await hr.importFiles([{ name: 'noord.json', content: JSON.stringify(exported) }]);
    await expect(hr.conflict('Wijkteam Voorbeeldwijk-Noord')).toBeVisible();
    await page.getByTestId('nav-board').click();
    const notices = page.getByTestId('exchange-notices');
    await expect(notices.getByTestId('exchange-conflict')).toContainText('noord.json');
    await notices.getByRole('button', { name: 'Als kopie toevoegen' }).click();
    await expect(notices).toContainText('als kopie geïmporteerd');
    expect(await planner.api('teams.list', {})).toHaveLength(4);
    await notices.getByRole('button', { name: 'Meldingen wissen' }).click();
    await expect(notices).toHaveCount(0);
  });
});
