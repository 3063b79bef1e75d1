import { AppShell } from './pages/AppShell.js';
import { expect, test } from './support/fixtures.js';
import { mainPlan } from './support/planFacts.js';

/**
 * A function proposed in the shell asks no hours of the team. Moved into the team it gets
 * its usual hours (an own function 8), so its lane never reads "24 van 0 uur" and the team's
 * total counts it.
 */
test('a shell function moved into the team gets hours to fill', async ({ page, planner }) => {
  const { scenarioId } = await mainPlan(planner.api);
  await planner.api('functions.create', {
    scenarioId,
    name: 'Schuldhulp aan huis',
    templateKey: null,
    placement: 'shell',
    hoursRequired: 0,
    requirements: [],
    expertise: [],
    lifeDomains: [],
    consultation: null,
    escalation: '',
  });
  await page.reload();
  await new AppShell(page).open('design');
  await page.getByRole('button', { name: /Plaatsing van Schuldhulp aan huis$/ }).click();
  await page.getByRole('option', { name: 'in het team' }).click();
  await expect
    .poll(async () => (await mainPlan(planner.api)).plan.functions.find((f) => f.name === 'Schuldhulp aan huis'))
    .toMatchObject({ placement: 'team', hoursRequired: 8 });
});
