import { ProfessionalsPage } from './pages/ProfessionalsPage.js';
import { expect, test } from './support/fixtures.js';
import type { Api } from './support/api.js';

const NAME = 'Fatima El Amrani';

/** Her hours in every team's main scenario, as the board and HR count them. */
async function hoursInMainScenarios(api: Api, id: string): Promise<number> {
  let total = 0;
  for (const team of await api('teams.list', {})) {
    const main = team.scenarios.find((s) => s.isMain)!;
    const { plan } = await api('plan.get', { scenarioId: main.id });
    total += plan.assignments.filter((a) => a.professionalId === id).reduce((sum, a) => sum + a.hours, 0);
  }
  return total;
}

test("a person's page says where they work and when that is more than their contract", async ({ page, planner }) => {
  const person = (await planner.api('professionals.list', {})).find((p) => p.name === NAME)!;
  const people = new ProfessionalsPage(page);
  await people.open();
  await people.select(NAME);
  const workload = page.getByTestId('person-workload');
  const before = await hoursInMainScenarios(planner.api, person.id);
  expect(before).toBeGreaterThan(0);
  await expect(workload.getByTestId('workload-total')).toHaveText(
    `Samen ${before} van ${person.contractHours} contracturen per week.`,
  );

  // Placed in another team's function for her whole contract: more hours than the contract.
  const teams = await planner.api('teams.list', {});
  const other = teams[teams.length - 1]!.scenarios.find((s) => s.isMain)!;
  const { plan } = await planner.api('plan.get', { scenarioId: other.id });
  const fn = plan.functions.find(
    (f) => !plan.assignments.some((a) => a.functionId === f.id && a.professionalId === person.id),
  )!;
  await planner.api('assignments.set', { functionId: fn.id, professionalId: person.id, hours: person.contractHours });
  await page.reload();
  await people.open();
  await people.select(NAME);
  const after = await hoursInMainScenarios(planner.api, person.id);
  await expect(workload.getByTestId('workload-total')).toHaveText(
    `Samen ${after} van ${person.contractHours} contracturen per week: ${after - person.contractHours} uur meer dan het contract.`,
  );
  await expect(workload).toContainText(`${plan.team.name}: `);
  await workload.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/person-workload.png' });
});
