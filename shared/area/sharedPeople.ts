import type { Professional } from '../domain/schemas.js';
import { isOverAllocated } from '../engine/index.js';
import { dutchOrder } from '../hr/dutchOrder.js';
import type { HrScenarioPlan } from '../hr/types.js';
import type { AnalysedTeam } from './analysedTeam.js';
import type { SharedPerson } from './types.js';

/**
 * A person's hours in the main scenarios of every team, also outside the area: the one
 * over-allocation rule (shared/engine/overAllocation.ts) judges all of a person's hours
 * against the contract, wherever they are worked.
 */
function hoursEverywhere(mainScenarios: readonly HrScenarioPlan[]): Map<string, number> {
  const hours = new Map<string, number>();
  for (const s of mainScenarios) {
    for (const a of s.plan.assignments) hours.set(a.professionalId, (hours.get(a.professionalId) ?? 0) + a.hours);
  }
  return hours;
}

/** People with hours in two or more teams of the area, most hours above contract first, then by name. */
export function sharedPeople(
  teams: readonly AnalysedTeam[],
  allScenarios: readonly HrScenarioPlan[],
  pool: readonly Professional[],
): SharedPerson[] {
  const perPerson = new Map<string, { teamId: string; hours: number }[]>();
  for (const { entry, report } of teams) {
    for (const load of report.professionals) {
      if (load.hoursAllocated === 0) continue;
      const list = perPerson.get(load.id) ?? [];
      list.push({ teamId: entry.teamId, hours: load.hoursAllocated });
      perPerson.set(load.id, list);
    }
  }
  const everywhere = hoursEverywhere(allScenarios.filter((s) => s.isMain));
  const byId = new Map(pool.map((p) => [p.id, p]));
  for (const { entry } of teams) for (const p of entry.plan.professionals) if (!byId.has(p.id)) byId.set(p.id, p);
  const people: SharedPerson[] = [];
  for (const [id, perTeam] of perPerson) {
    if (perTeam.length < 2) continue;
    const person = byId.get(id);
    if (!person) continue;
    const hoursInAllTeams = everywhere.get(id) ?? 0;
    people.push({
      professionalId: id,
      name: person.name,
      discipline: person.discipline,
      organisation: person.organisation,
      contractHours: person.contractHours,
      perTeam,
      hoursInArea: perTeam.reduce((sum, t) => sum + t.hours, 0),
      hoursInAllTeams,
      overAllocated: isOverAllocated(hoursInAllTeams, person.contractHours),
    });
  }
  return people.sort(
    (a, b) => b.hoursInAllTeams - b.contractHours - (a.hoursInAllTeams - a.contractHours) || dutchOrder(a.name, b.name),
  );
}
