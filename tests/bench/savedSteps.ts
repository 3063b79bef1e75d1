import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelArrays } from '../../shared/compose/modelArrays.js';

/**
 * One HiGHS step of a composition as ./composeSaveSteps.ts saved it (the model with its held
 * tiers, the runner's start and options), and how the benches that replay such steps read
 * them back (and their command-line options): the options sweep (./composeSweep.ts) and the proof from the optimum
 * (./composeProofFromOptimum.ts).
 */
export type SolverOptions = Readonly<Record<string, number | string | boolean>>;

export interface SavedStep {
  seed: number;
  tier: string;
  phase: string;
  request: { model: Record<string, unknown>; names: string[]; start: number[] | null; options: SolverOptions };
}

/** The saved steps of one kind (`<tier>-<phase>`, e.g. assignments-full), by seed, optionally only some seeds. */
export function readSavedSteps(folder: string, kind: string, only: readonly number[] | null = null): SavedStep[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith(`-${kind}.json`) && (only === null || only.includes(parseInt(f, 10))))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
    .map((f) => JSON.parse(readFileSync(path.join(folder, f), 'utf8')) as SavedStep);
}

/** A saved model as the typed arrays HiGHS gets. */
export function savedModel(saved: Record<string, unknown>): ModelArrays {
  const m = saved as unknown as Record<string, number[] | number | string>;
  // JSON writes an infinite bound as null: a lower bound can only be -Infinity, an upper one +Infinity.
  const f = (key: string) =>
    Float64Array.from(m[key] as (number | null)[], (v) => v ?? (key.endsWith('Lower') ? -Infinity : Infinity));
  const i = (key: string) => Int32Array.from(m[key] as number[]);
  return {
    sense: m.sense as 'min' | 'max',
    numCols: m.numCols as number,
    numRows: m.numRows as number,
    colCost: f('colCost'),
    colLower: f('colLower'),
    colUpper: f('colUpper'),
    rowLower: f('rowLower'),
    rowUpper: f('rowUpper'),
    starts: i('starts'),
    indices: i('indices'),
    values: f('values'),
    integrality: i('integrality'),
  };
}

/** A tiny MIP a new worker solves first, so it has loaded HiGHS before a measured solve. */
export const WARM_UP_LP = 'Minimize\n obj: x + y\nSubject To\n c: x + y >= 1\nGeneral\n x y\nEnd\n';

/** The value after `--name` on the command line, or null. */
export function argument(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i === -1 ? null : (process.argv[i + 1] ?? null);
}
