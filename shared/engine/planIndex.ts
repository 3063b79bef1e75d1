import { BUILT_IN_COMPETENCY_KEYS } from '../catalogue/competencies.js';
import { MAX_LEVEL } from '../domain/levels.js';
import type { TeamPlan } from '../plan/planSchema.js';

/**
 * Lookup tables built once per engine call, so the rest of the engine never scans the
 * assignment list again (the UI recomputes on every drag frame). Everything is ordered
 * by the plan's own order of professionals and functions, never by the order of the
 * assignments, so shuffling assignments cannot change a report, not even a float sum.
 */

/** One assignment, by index: the same object sits in both tables below. */
export interface Seat {
  /** Index into plan.professionals. */
  professional: number;
  /** Index into plan.functions. */
  fn: number;
  hours: number;
}

export interface PlanIndex {
  professionalIndex: Map<string, number>;
  functionIndex: Map<string, number>;
  /** Per function: its seats, ascending by professional index. */
  seatsByFunction: Seat[][];
  /** Per professional: their seats, ascending by function index. */
  seatsByProfessional: Seat[][];
  /** Professional indices with at least one assignment, ascending. */
  memberIndices: number[];
  /** Built-in competencies in profile order, then the plan's own. Shared: do not mutate. */
  competencyKeys: readonly string[];
  competencyIndex: Map<string, number>;
  /**
   * Members' ratings, read once: row `memberRow[professionalIndex]`, column the
   * competency's index; a missing rating is 0. Reading a typed array is several times
   * cheaper than a keyed property lookup, and the engine reads each rating many times
   * (every requirement, the profile). Only members get a row: a large HR pool costs nothing.
   */
  ratings: Uint8Array;
  memberRow: Int32Array;
  /**
   * Expertise keys that some function asks of its own members (scope `function`), in
   * first-seen order, and the members' levels for them, laid out like `ratings`. Empty
   * for a plan without such requirements, so older plans pay nothing.
   */
  expertiseKeys: readonly string[];
  expertiseIndex: Map<string, number>;
  expertiseLevels: Uint8Array;
}

/**
 * Insertion sorts: the lists hold a handful of seats, often already in order, where this
 * beats Array.prototype.sort with a comparator by a wide margin. Two copies rather than
 * one with a key parameter, because a dynamic property key defeats V8's inline caches.
 */
function sortByProfessional(table: Seat[][]): void {
  for (const seats of table) {
    for (let i = 1; i < seats.length; i += 1) {
      const seat = seats[i]!;
      let j = i - 1;
      while (j >= 0 && seats[j]!.professional > seat.professional) {
        seats[j + 1] = seats[j]!;
        j -= 1;
      }
      seats[j + 1] = seat;
    }
  }
}

function sortByFunction(table: Seat[][]): void {
  for (const seats of table) {
    for (let i = 1; i < seats.length; i += 1) {
      const seat = seats[i]!;
      let j = i - 1;
      while (j >= 0 && seats[j]!.fn > seat.fn) {
        seats[j + 1] = seats[j]!;
        j -= 1;
      }
      seats[j + 1] = seat;
    }
  }
}

const BUILT_IN_INDEX = new Map(BUILT_IN_COMPETENCY_KEYS.map((key, i) => [key, i]));

export function indexPlan(plan: TeamPlan): PlanIndex {
  // Plain indexed loops on purpose: this runs on every drag frame and is the largest
  // share of an engine call, and closures per element cost measurably here.
  const { professionals, functions, assignments } = plan;
  const professionalIndex = new Map<string, number>();
  const seatsByProfessional: Seat[][] = new Array<Seat[]>(professionals.length);
  for (let i = 0; i < professionals.length; i += 1) {
    professionalIndex.set(professionals[i]!.id, i);
    seatsByProfessional[i] = [];
  }
  const functionIndex = new Map<string, number>();
  const seatsByFunction: Seat[][] = new Array<Seat[]>(functions.length);
  for (let i = 0; i < functions.length; i += 1) {
    functionIndex.set(functions[i]!.id, i);
    seatsByFunction[i] = [];
  }
  for (let i = 0; i < assignments.length; i += 1) {
    const a = assignments[i]!;
    const p = professionalIndex.get(a.professionalId);
    const f = functionIndex.get(a.functionId);
    // A validated plan has no dangling ids; an unvalidated one must not crash the UI.
    if (p === undefined || f === undefined) continue;
    const seat: Seat = { professional: p, fn: f, hours: a.hours };
    seatsByFunction[f]!.push(seat);
    seatsByProfessional[p]!.push(seat);
  }
  sortByProfessional(seatsByFunction);
  sortByFunction(seatsByProfessional);

  let competencyKeys: readonly string[] = BUILT_IN_COMPETENCY_KEYS;
  let competencyIndex = BUILT_IN_INDEX;
  if (plan.competencies.length > 0) {
    const keys = [...BUILT_IN_COMPETENCY_KEYS];
    competencyIndex = new Map(BUILT_IN_INDEX);
    for (const c of plan.competencies) {
      if (competencyIndex.has(c.key)) continue;
      competencyIndex.set(c.key, keys.length);
      keys.push(c.key);
    }
    competencyKeys = keys;
  }

  const memberIndices: number[] = [];
  const memberRow = new Int32Array(professionals.length).fill(-1);
  for (let i = 0; i < professionals.length; i += 1) {
    if (seatsByProfessional[i]!.length === 0) continue;
    memberRow[i] = memberIndices.length;
    memberIndices.push(i);
  }
  const width = competencyKeys.length;
  const ratings = new Uint8Array(memberIndices.length * width);
  for (let row = 0; row < memberIndices.length; row += 1) {
    const own = professionals[memberIndices[row]!]!.ratings;
    const base = row * width;
    for (let column = 0; column < width; column += 1) {
      const value = own[competencyKeys[column]!];
      // typeof, not `!== undefined`: a custom key such as "constructor" would otherwise
      // pick up what every object inherits. Clamped to the scale, because a byte array
      // would silently wrap an unvalidated -1 to 255.
      if (typeof value === 'number' && value > 0)
        ratings[base + column] = value >= MAX_LEVEL ? MAX_LEVEL : Math.floor(value);
    }
  }

  const expertiseKeys: string[] = [];
  const expertiseIndex = new Map<string, number>();
  for (const fn of plan.functions) {
    for (const need of fn.expertise) {
      if (need.scope !== 'function' || expertiseIndex.has(need.expertise)) continue;
      expertiseIndex.set(need.expertise, expertiseKeys.length);
      expertiseKeys.push(need.expertise);
    }
  }
  const expertiseLevels = new Uint8Array(memberIndices.length * expertiseKeys.length);
  if (expertiseKeys.length > 0) {
    for (let row = 0; row < memberIndices.length; row += 1) {
      const base = row * expertiseKeys.length;
      for (const held of professionals[memberIndices[row]!]!.expertise) {
        const column = expertiseIndex.get(held.key);
        if (column === undefined) continue;
        const value = held.level >= MAX_LEVEL ? MAX_LEVEL : Math.max(0, Math.floor(held.level));
        if (value > expertiseLevels[base + column]!) expertiseLevels[base + column] = value;
      }
    }
  }

  return {
    professionalIndex,
    functionIndex,
    seatsByFunction,
    seatsByProfessional,
    memberIndices,
    competencyKeys,
    competencyIndex,
    ratings,
    memberRow,
    expertiseKeys,
    expertiseIndex,
    expertiseLevels,
  };
}

/**
 * A professional's rating for a competency; a missing rating counts as 0 (not shown, so
 * not relied on). Only own numbers count: a custom key like "toString" must not find the
 * inherited method.
 */
export function ratingOf(ratings: Readonly<Record<string, number>>, competency: string): number {
  const value = ratings[competency];
  return typeof value === 'number' ? value : 0;
}
