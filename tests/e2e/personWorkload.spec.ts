import { ProfessionalsPage } from './pages/ProfessionalsPage.js';
import { expect, test } from './support/fixtures.js';
import type { Api } from './support/api.js';
import type { ApiOutput } from '../../shared/api/contract.js';

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

/** The line the page shows, by the board's rule: over the contract only above it. */
function totalLine(total: number, contract: number): string {
  return total > contract
    ? `Samen ${total} van ${contract} contracturen per week: ${total - contract} uur meer dan het contract.`
    : `Samen ${total} van ${contract} contracturen per week.`;
}

test("a person's page says where they work and when that is more than their contract", async ({ page, planner }) => {
  // Someone in a team within their contract (the sample has people of both kinds).
  let person: ApiOutput<'professionals.list'>[number] | null = null;
  for (const p of await planner.api('professionals.list', {})) {
    const hours = await hoursInMainScenarios(planner.api, p.id);
    if (hours > 0 && hours <= p.contractHours) {
      person = p;
      break;
    }
  }
  if (!person) throw new Error('no sample person within their contract');
  const people = new ProfessionalsPage(page);
  await people.open();
  await people.select(person.name);
  const workload = page.getByTestId('person-workload');
  const before = await hoursInMainScenarios(planner.api, person.id);
  expect(before).toBeGreaterThan(0);
  await expect(workload.getByTestId('workload-total')).toHaveText(totalLine(before, person.contractHours));

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
  await people.select(person.name);
  const after = await hoursInMainScenarios(planner.api, person.id);
  expect(after).toBeGreaterThan(person.contractHours);
  await expect(workload.getByTestId('workload-total')).toHaveText(totalLine(after, person.contractHours));
  await expect(workload.getByTestId('workload-total')).toHaveClass('workload-over');
  await expect(workload).toContainText(`${plan.team.name}: `);
  await workload.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/person-workload.png' });
});
