import AxeBuilder from '@axe-core/playwright';
import { computeCoverage } from '../../shared/engine/index.js';
import { AppShell } from './pages/AppShell.js';
import { PrintPage } from './pages/PrintPage.js';
import { SCREENSHOT_DIR, expect, test } from './support/fixtures.js';
import { mainPlan } from './support/planFacts.js';

/**
 * Issue 10: the team-leader and team-role checks and the team-role profile beside the
 * competency profile, on the board and in the printout, for the sample's A1 team.
 */
test.describe('team checks', () => {
  test('the board shows the team-role profile beside the competency profile and the new checks; the printout has it too', async ({
    page,
    planner,
  }) => {
    const team = 'Wijkteam Voorbeeldwijk-Noord';
    const { plan } = await mainPlan(planner.api, team);
    const shell = new AppShell(page);
    await shell.chooseTeam('Voorbeeldwijk-Noord');

    // The sample rates nobody on team roles yet: the profile says so, and so does one tip.
    const profile = page.getByTestId('team-role-profile');
    await expect(profile.getByRole('heading', { name: 'Teamrollen' })).toBeVisible();
    await expect(profile).toContainText('Nog geen teamlid is op teamrollen beoordeeld');
    // Beside the competency profile: the section right after the radar chart.
    await expect(page.locator('section:has(#radar-title) + [data-testid="team-role-profile"]')).toBeVisible();

    const advice = page.getByTestId('advice-list');
    // The sample's integral A1 team records no leader of its own and no escalation routes.
    await expect(advice).toContainText('Voor dit integrale team is geen eigen leidinggevende vastgelegd.');
    await expect(advice).toContainText('staat niet hoe zwaardere problematiek naar de schil gaat');
    await expect(advice).toContainText('Nog geen teamlid is beoordeeld op teamrollen.');

    // Rate two members: the profile becomes a table with words, not colours, and the role checks speak.
    const [first, second] = computeCoverage(plan).memberIds;
    const names = new Map(plan.professionals.map((p) => [p.id, p.name]));
    await planner.api('professionals.update', {
      id: first!,
      teamRoles: { driver: 4, connector: 3, ideas: 3, organiser: 3 },
    });
    await planner.api('professionals.update', { id: second!, teamRoles: { driver: 3, organiser: 1 } });
    await page.reload();
    const table = profile.getByTestId('team-role-table');
    await expect(table).toBeVisible();
    const row = (role: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: role }) });
    await expect(row('Aanjager')).toContainText('Gedekt');
    await expect(row('Verbinder')).toContainText('Kwetsbaar');
    await expect(row('Verbinder')).toContainText(names.get(first!)!);
    await expect(row('Afmaker')).toContainText('Ontbreekt');
    await expect(row('Afmaker')).toContainText('niemand');
    await expect(advice).toContainText(
      'Geen teamlid heeft deze 2 teamrollen sterk (niveau 3 of hoger): Afmaker, Kritische toetser.',
    );
    await expect(advice).toContainText(`De teamrol Verbinder rust alleen op ${names.get(first!)!}.`);
    await profile.scrollIntoViewIfNeeded();
    // The rated table passes axe: headers, scopes and the scrolling region are in order.
    const axe = await new AxeBuilder({ page }).include('[data-testid="team-role-profile"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
    // The coverage panel scrolls on its own, so the page screenshot would not reach these: shoot the parts.
    await profile.screenshot({ path: `${SCREENSHOT_DIR}/team-role-profile.png` });
    // The advice list is taller than the panel: a tall window shows it whole.
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: viewport.width, height: 3200 });
    await advice.screenshot({ path: `${SCREENSHOT_DIR}/team-checks-advice.png` });
    await page.setViewportSize(viewport);

    const print = new PrintPage(page);
    await print.open();
    const printed = print.printed().getByTestId('team-role-profile');
    await expect(printed.locator('h2', { hasText: 'Teamrollen' })).toBeAttached();
    await expect(printed.getByTestId('team-role-table')).toContainText('Kritische toetser');
    await expect(page.getByTestId('print-screen').getByTestId('team-role-profile')).toBeVisible();
    await page.getByTestId('print-screen').getByTestId('team-role-profile').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/print-team-roles.png` });
    expect(await print.overflowing()).toEqual([]);
  });
});
