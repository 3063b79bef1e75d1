import type { Professional } from '../domain/schemas.js';
import { dutchOrder, isoOrder } from './dutchOrder.js';
import { isOverAllocated } from '../engine/index.js';
import { monthsBefore } from '../engine/advice/peopleRules.js';
import { assessmentAge } from './assessmentAge.js';
import type { ScenarioAnalysis } from './analyseScenario.js';
import type { AssessmentIssue, OverAllocatedPerson, TeamRef } from './types.js';

/**
 * The people lists. A person's load is the sum over the MAIN scenarios of all teams:
 * variants are alternatives being weighed, not commitments, so counting them would flag
 * everyone who appears in two drafts of one team.
 */

interface Load {
  hours: number;
  assignments: (TeamRef & { hours: number })[];
}

export function loadsAcrossTeams(analyses: readonly ScenarioAnalysis[]): Map<string, Load> {
  const loads = new Map<string, Load>();
  for (const a of analyses) {
    if (!a.entry.isMain) continue;
    for (const l of a.report.professionals) {
      if (l.hoursAllocated === 0) continue;
      const load = loads.get(l.id) ?? { hours: 0, assignments: [] };
      load.hours += l.hoursAllocated;
      load.assignments.push({ ...a.ref, hours: l.hoursAllocated });
      loads.set(l.id, load);
    }
  }
  return loads;
}

/** Most excess first, then by name. */
export function overAllocatedPeople(
  pool: readonly Professional[],
  loads: ReadonlyMap<string, Load>,
): OverAllocatedPerson[] {
  const list: OverAllocatedPerson[] = [];
  for (const p of pool) {
    const load = loads.get(p.id);
    if (!load || !isOverAllocated(load.hours, p.contractHours)) continue;
    list.push({
      professionalId: p.id,
      name: p.name,
      discipline: p.discipline,
      organisation: p.organisation,
      contractHours: p.contractHours,
      hoursAllocated: load.hours,
      excess: load.hours - p.contractHours,
      assignments: load.assignments,
    });
  }
  return list.sort((a, b) => b.excess - a.excess || dutchOrder(a.name, b.name));
}

/**
 * People never assessed, or assessed more than `months` months before `today` (the same
 * boundary as the engine's advice rule, with HR's own number of months). Never assessed
 * first, then oldest first, then by name.
 */
export function assessmentIssues(
  pool: readonly Professional[],
  teamsOf: ReadonlyMap<string, TeamRef[]>,
  today: string,
  months: number,
): AssessmentIssue[] {
  const limit = monthsBefore(today, months);
  const list: AssessmentIssue[] = [];
  for (const p of pool) {
    const outdated = p.assessedOn !== null && p.assessedOn < limit;
    if (p.assessedOn !== null && !outdated) continue;
    list.push({
      professionalId: p.id,
      name: p.name,
      discipline: p.discipline,
      organisation: p.organisation,
      assessedOn: p.assessedOn,
      reason: p.assessedOn === null ? 'missing' : 'outdated',
      age: p.assessedOn === null ? null : assessmentAge(p.assessedOn, today),
      teams: teamsOf.get(p.id) ?? [],
    });
  }
  return list.sort(
    (a, b) =>
      (a.assessedOn === null ? 0 : 1) - (b.assessedOn === null ? 0 : 1) ||
      // ISO dates (YYYY-MM-DD) sort as plain strings; no collation needed.
      isoOrder(a.assessedOn ?? '', b.assessedOn ?? '') ||
      dutchOrder(a.name, b.name),
  );
}
