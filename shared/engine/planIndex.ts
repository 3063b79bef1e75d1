import { BUILT_IN_COMPETENCY_KEYS } from '../catalogue/competencies.js';
import type { TeamPlan } from '../plan/planSchema.js';

/**
 * Lookup tables built once per engine call, so the rest of the engine never scans the
 * assignment list again (the UI recomputes on every drag frame). Everything is ordered
 * by the plan's own order of professionals and functions, never by the order of the
 * assignments, so shuffling assignments cannot change a report, not even a float sum.
 */

export interface Seat {
  /** Index into plan.professionals or plan.functions, depending on the table. */
  index: number;
  hours: number;
}

export interface PlanIndex {
  professionalIndex: Map<string, number>;
  functionIndex: Map<string, number>;
  /** Per function: its members as professional indices with their hours, ascending by index. */
  seatsByFunction: Seat[][];
  /** Per professional: their functions as function indices with hours, ascending by index. */
  seatsByProfessional: Seat[][];
  /** Professional indices with at least one assignment, ascending. */
  memberIndices: number[];
  /** Built-in competencies in profile order, then the plan's own. */
  competencyKeys: string[];
}

const byIndex = (a: Seat, b: Seat): number => a.index - b.index;

export function indexPlan(plan: TeamPlan): PlanIndex {
  const professionalIndex = new Map<string, number>();
  plan.professionals.forEach((p, i) => professionalIndex.set(p.id, i));
  const functionIndex = new Map<string, number>();
  plan.functions.forEach((f, i) => functionIndex.set(f.id, i));

  const seatsByFunction: Seat[][] = plan.functions.map(() => []);
  const seatsByProfessional: Seat[][] = plan.professionals.map(() => []);
  for (const a of plan.assignments) {
    const p = professionalIndex.get(a.professionalId);
    const f = functionIndex.get(a.functionId);
    // A validated plan has no dangling ids; an unvalidated one must not crash the UI.
    if (p === undefined || f === undefined) continue;
    seatsByFunction[f]!.push({ index: p, hours: a.hours });
    seatsByProfessional[p]!.push({ index: f, hours: a.hours });
  }
  for (const seats of seatsByFunction) if (seats.length > 1) seats.sort(byIndex);
  for (const seats of seatsByProfessional) if (seats.length > 1) seats.sort(byIndex);

  const memberIndices: number[] = [];
  seatsByProfessional.forEach((seats, i) => {
    if (seats.length > 0) memberIndices.push(i);
  });

  const competencyKeys = [...BUILT_IN_COMPETENCY_KEYS];
  for (const c of plan.competencies) if (!competencyKeys.includes(c.key)) competencyKeys.push(c.key);

  return { professionalIndex, functionIndex, seatsByFunction, seatsByProfessional, memberIndices, competencyKeys };
}

/** A professional's rating for a competency; a missing rating counts as 0 (not shown, so not relied on). */
export function ratingOf(ratings: Readonly<Record<string, number>>, competency: string): number {
  return ratings[competency] ?? 0;
}
