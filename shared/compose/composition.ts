import type { Assignment } from '../domain/schemas.js';
import { computeCoverage } from '../engine/coverage.js';
import { coverTeamExpertise } from '../engine/teamExpertise.js';
import type { CoverageReport } from '../engine/types.js';
import type { TeamPlan } from '../plan/planSchema.js';
import type { ComposeInstance } from './instance.js';
import type { ModelLayout } from './buildModel.js';
import type { ComposeObjective } from './options.js';

/**
 * A composition is a list of assignments; everything else (coverage, people, hours) is
 * read back from the coverage engine on the composed plan, so the numbers the compose
 * command reports are by construction the numbers `npm run report` shows for it.
 */
export type Composition = Assignment[];

/** The plan with its assignments replaced by the composition; the pool stays whole. */
export function composedPlan(plan: TeamPlan, composition: Composition): TeamPlan {
  return { ...plan, assignments: composition.map((a) => ({ ...a })) };
}

/** The tiers of docs/compose.md, measured on a composed plan. */
export interface ComposeScore {
  /** The engine's count: in-team requirements (competencies and function-scope vakkennis) covered. */
  requirementsCovered: number;
  /** Vakkennis in-team functions ask of the whole team (scope `team`) that enough members bring. */
  teamExpertiseCovered: number;
  /** Sum over in-team requirements and team-wide vakkennis of min(qualified, minPeople). */
  progress: number;
  unfilledHours: number;
  people: number;
  contractHours: number;
  assignments: number;
}

export function scoreOf(
  plan: TeamPlan,
  composition: Composition,
  report: CoverageReport = computeCoverage(composedPlan(plan, composition)),
): ComposeScore {
  let progress = 0;
  let unfilledHours = 0;
  for (const fn of report.functions) {
    if (fn.inShell) continue;
    unfilledHours += Math.max(0, fn.hoursRequired - fn.hoursAllocated);
    for (const r of fn.requirements) progress += Math.min(r.qualified, r.minPeople);
  }
  const members = plan.professionals.filter((p) => report.memberIds.includes(p.id));
  let teamExpertiseCovered = 0;
  for (const fn of plan.functions) {
    if (fn.placement !== 'team') continue;
    for (const e of fn.expertise) {
      if (e.scope !== 'team') continue;
      const team = coverTeamExpertise(e, members);
      progress += Math.min(team.qualified, e.minPeople);
      if (team.status === 'covered') teamExpertiseCovered += 1;
    }
  }
  const contract = new Map(plan.professionals.map((p) => [p.id, p.contractHours]));
  return {
    requirementsCovered: report.requirementsCovered,
    teamExpertiseCovered,
    progress,
    unfilledHours,
    people: report.memberIds.length,
    contractHours: report.memberIds.reduce((sum, id) => sum + (contract.get(id) ?? 0), 0),
    assignments: composition.length,
  };
}

/** Hours are compared with a tolerance: they are rounded to hundredths for the plan file. */
const HOURS_EPSILON = 0.05;

/**
 * Lexicographic comparison of two scores: negative when `a` is better. Coverage counts
 * covered requirements first and progress on the rest second, as in the model's weights.
 */
export function compareScores(a: ComposeScore, b: ComposeScore, objective: ComposeObjective): number {
  // One coverage tier, as in the model: team-wide vakkennis weighs like any requirement.
  const coveredA = a.requirementsCovered + a.teamExpertiseCovered;
  const coveredB = b.requirementsCovered + b.teamExpertiseCovered;
  if (coveredA !== coveredB) return coveredB - coveredA;
  if (a.progress !== b.progress) return b.progress - a.progress;
  if (Math.abs(a.unfilledHours - b.unfilledHours) > HOURS_EPSILON) return a.unfilledHours - b.unfilledHours;
  if (objective === 'people') {
    if (a.people !== b.people) return a.people - b.people;
  } else if (Math.abs(a.contractHours - b.contractHours) > HOURS_EPSILON) {
    return a.contractHours - b.contractHours;
  }
  return a.assignments - b.assignments;
}

/**
 * Reads the assignments from a solver's column values. Hours are rounded to hundredths
 * (a plan file is read by people) without breaking a rule the solver kept: never below
 * the minimum, and a person's total is trimmed back to what they have free when
 * rounding pushed it over.
 */
export function compositionFromValues(
  instance: ComposeInstance,
  layout: ModelLayout,
  values: ArrayLike<number>,
): Composition {
  const locked = new Map(instance.locked.map((s) => [s.person * instance.functions.length + s.fn, s.hours]));
  const out: Composition = [];
  instance.people.forEach((person, p) => {
    const own: Assignment[] = [];
    instance.functions.forEach((fn, f) => {
      const xv = layout.x[p]![f]!;
      if (xv < 0 || values[xv]! < 0.5) return;
      const fixed = locked.get(p * instance.functions.length + f);
      const hours = fixed ?? Math.max(instance.minHours, Math.round(values[layout.h[p]![f]!]! * 100) / 100);
      own.push({ professionalId: person.id, functionId: fn.id, hours });
    });
    const lockedHere = new Set(instance.locked.filter((s) => s.person === p).map((s) => instance.functions[s.fn]!.id));
    trimToAvailable(own, person.available, instance.minHours, lockedHere);
    out.push(...own);
  });
  return out;
}

function trimToAvailable(
  own: Assignment[],
  available: number,
  minHours: number,
  lockedFunctions: ReadonlySet<string>,
): void {
  let excess = Math.round((own.reduce((sum, a) => sum + a.hours, 0) - available) * 100) / 100;
  for (const a of [...own].sort((l, r) => r.hours - l.hours)) {
    if (excess <= 0) return;
    if (lockedFunctions.has(a.functionId)) continue;
    const cut = Math.min(excess, a.hours - minHours);
    if (cut <= 0) continue;
    a.hours = Math.round((a.hours - cut) * 100) / 100;
    excess = Math.round((excess - cut) * 100) / 100;
  }
}

/** Column values for a composition: the start (incumbent) handed to the solver. */
export function valuesFromComposition(
  instance: ComposeInstance,
  layout: ModelLayout,
  composition: Composition,
  variableCount: number,
): Float64Array {
  const values = new Float64Array(variableCount);
  const personIndex = new Map(instance.people.map((p, i) => [p.id, i]));
  const functionIndex = new Map(instance.functions.map((f, i) => [f.id, i]));
  const qualifiedCount = instance.requirements.map(() => 0);
  const hoursIn = instance.functions.map(() => 0);
  for (const a of composition) {
    const p = personIndex.get(a.professionalId);
    const f = functionIndex.get(a.functionId);
    if (p === undefined || f === undefined || layout.x[p]![f]! < 0) continue;
    values[layout.x[p]![f]!] = 1;
    values[layout.h[p]![f]!] = a.hours;
    values[layout.y[p]!] = 1;
    hoursIn[f]! += a.hours;
  }
  instance.requirements.forEach((r, i) => {
    for (const p of r.qualified)
      if (layout.x[p]![r.fn]! >= 0 && values[layout.x[p]![r.fn]!] === 1) qualifiedCount[i]! += 1;
    values[layout.z[i]!] = Math.min(r.minPeople, qualifiedCount[i]!);
    values[layout.c[i]!] = qualifiedCount[i]! >= r.minPeople ? 1 : 0;
  });
  instance.teamRequirements.forEach((r, k) => {
    const i = instance.requirements.length + k;
    const held = r.qualified.filter((p) => values[layout.y[p]!] === 1).length;
    values[layout.z[i]!] = Math.min(r.minPeople, held);
    values[layout.c[i]!] = held >= r.minPeople ? 1 : 0;
  });
  instance.functions.forEach((fn, f) => {
    values[layout.u[f]!] = Math.max(0, fn.hoursRequired - hoursIn[f]!);
    values[layout.o[f]!] = Math.max(0, hoursIn[f]! - fn.hoursRequired);
  });
  return values;
}
