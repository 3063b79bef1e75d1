import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HighsClient, type StageRequest, type StageResult } from '../../node/compose/highsClient.js';
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

/**
 * One solve in a new worker, timed: the worker loads HiGHS (from the process's compiled
 * module) before the clock starts; CPU seconds of the process (the worker's thread included)
 * and wall seconds around the solve alone.
 */
export async function timedSolve(request: StageRequest): Promise<StageResult & { cpuS: number; wallS: number }> {
  const client = new HighsClient();
  try {
    await client.solve({ lp: WARM_UP_LP, names: ['x', 'y'], options: {} });
    const cpu = process.cpuUsage();
    const began = performance.now();
    const result = await client.solve(request);
    const used = process.cpuUsage(cpu);
    return { ...result, cpuS: (used.user + used.system) / 1e6, wallS: (performance.now() - began) / 1000 };
  } finally {
    await client.terminate();
  }
}
