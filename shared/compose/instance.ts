import { levelFor } from '../engine/expertiseLevel.js';
import type { RequirementKind } from '../engine/types.js';
import type { TeamPlan } from '../plan/planSchema.js';
import type { ComposeOptions } from './options.js';

/**
 * The composition problem in index form, read once from a plan and the options: only
 * in-team functions (shell functions need no people, docs/coverage.md), only people
 * who are not excluded, and per person the hours still free for this team.
 */
interface ComposeRequirement {
  /** Index into the instance's functions. */
  fn: number;
  /** A competency, or vakkennis asked of the function's own members (scope `function`): the same constraint. */
  kind: RequirementKind;
  /** The competency key, or the expertise key when `kind` is `expertise`. */
  competency: string;
  level: number;
  minPeople: number;
  /** Instance people rated at or above the level (the engine's "qualified", missing rating = 0). */
  qualified: number[];
}

/**
 * Vakkennis an in-team function asks of the team as a whole (scope `team`): at least
 * minPeople people in the chosen team bring it at the level, whatever their functions.
 */
interface TeamExpertiseRequirement {
  /** Index into the instance's functions: the function that asks for it. */
  fn: number;
  expertise: string;
  level: number;
  minPeople: number;
  /** Instance people who bring the expertise at or above the level. */
  qualified: number[];
}

interface ComposeFunction {
  id: string;
  hoursRequired: number;
  /** Indices into the instance's requirements. */
  requirements: number[];
}

interface ComposePerson {
  id: string;
  contractHours: number;
  /** Contract hours minus hours given to other teams, never below 0. */
  available: number;
  organisation: string;
  discipline: string;
}

interface LockedSeat {
  person: number;
  fn: number;
  hours: number;
}

export interface ComposeInstance {
  functions: ComposeFunction[];
  requirements: ComposeRequirement[];
  teamRequirements: TeamExpertiseRequirement[];
  people: ComposePerson[];
  locked: LockedSeat[];
  /**
   * Per person and function: may the solver assign this pair? False when the person
   * cannot give even the minimum hours; locked pairs are always allowed.
   */
  allowed: boolean[][];
  minHours: number;
}

export function buildInstance(plan: TeamPlan, options: ComposeOptions): ComposeInstance {
  const excluded = new Set(options.excluded);
  const pool = plan.professionals.filter((p) => !excluded.has(p.id));
  const people: ComposePerson[] = pool.map((p) => ({
    id: p.id,
    contractHours: p.contractHours,
    available: Math.max(0, p.contractHours - (options.hoursElsewhere[p.id] ?? 0)),
    organisation: p.organisation,
    discipline: p.discipline,
  }));
  const teamFunctions = plan.functions.filter((f) => f.placement === 'team');
  const requirements: ComposeRequirement[] = [];
  const teamRequirements: TeamExpertiseRequirement[] = [];
  const qualifiedFor = (kind: RequirementKind, key: string, level: number): number[] =>
    pool.flatMap((p, i) => (levelFor(p, kind, key) >= level ? [i] : []));
  const row = (fn: number, kind: RequirementKind, key: string, level: number, minPeople: number): number => {
    requirements.push({ fn, kind, competency: key, level, minPeople, qualified: qualifiedFor(kind, key, level) });
    return requirements.length - 1;
  };
  // Rows in the engine's order: competencies, then the function's own vakkennis.
  const functions: ComposeFunction[] = teamFunctions.map((f, fn) => ({
    id: f.id,
    hoursRequired: f.hoursRequired,
    requirements: [
      ...f.requirements.map((r) => row(fn, 'competency', r.competency, r.level, r.minPeople)),
      ...f.expertise.flatMap((e) =>
        e.scope === 'function' ? [row(fn, 'expertise', e.expertise, e.level, e.minPeople)] : [],
      ),
    ],
  }));
  teamFunctions.forEach((f, fn) => {
    for (const e of f.expertise) {
      if (e.scope !== 'team') continue;
      const { expertise, level, minPeople } = e;
      teamRequirements.push({
        fn,
        expertise,
        level,
        minPeople,
        qualified: qualifiedFor('expertise', expertise, level),
      });
    }
  });

  const personIndex = new Map(people.map((p, i) => [p.id, i]));
  const functionIndex = new Map(functions.map((f, i) => [f.id, i]));
  const hoursOf = new Map(plan.assignments.map((a) => [`${a.professionalId}\u0000${a.functionId}`, a.hours]));
  const locked: LockedSeat[] = [];
  for (const seat of options.locked) {
    const person = personIndex.get(seat.professionalId);
    const fn = functionIndex.get(seat.functionId);
    // An excluded person or a shell function cannot be kept in the team's composition.
    if (person === undefined || fn === undefined) continue;
    const hours = hoursOf.get(`${seat.professionalId}\u0000${seat.functionId}`) ?? options.minHours;
    locked.push({ person, fn, hours });
  }
  const isLocked = new Set(locked.map((s) => s.person * functions.length + s.fn));
  const allowed = people.map((p, i) =>
    functions.map((_, f) => isLocked.has(i * functions.length + f) || p.available >= options.minHours),
  );
  return { functions, requirements, teamRequirements, people, locked, allowed, minHours: options.minHours };
}

/** Locked assignments of the plan's current composition (what --keep-members keeps). */
export function currentAssignments(plan: TeamPlan): { professionalId: string; functionId: string }[] {
  return plan.assignments.map((a) => ({ professionalId: a.professionalId, functionId: a.functionId }));
}
