import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { HIGHS_STATUS } from '../../node/compose/highsClient.js';
import { argument, readSavedSteps, savedModel, timedSolve, type SavedStep } from './savedSteps.js';

/**
 * How long HiGHS needs to **prove** the assignment tier when it is handed the optimum as its
 * start: the least a better incumbent (any heuristic, the restricted search, a race) could
 * leave of the tier's full search, since what remains is the bound's side alone
 * (docs/compose.md, "The proof from the optimum").
 *
 * Per saved full search of the assignment tier (./composeSaveSteps.ts wrote them): first the
 * optimum, solved from the runner's own start with a long limit (kept beside the step as
 * `<seed>-optimum.json`, so a second run reuses it), then the same model twice more from that
 * optimum, each in a new worker that has loaded HiGHS before the clock starts. CPU seconds of
 * the process around the solve (the worker's thread included), and wall seconds.
 *
 * `npx tsx tests/bench/composeProofFromOptimum.ts <folder> [--limit S] [--seeds 1,3,8]`
 */
interface Optimum {
  status: number;
  objective: number;
  values: number[];
  cpuS: number;
}

function solveOnce(step: SavedStep, start: readonly number[] | null, limit: number) {
  return timedSolve({
    model: savedModel(step.request.model),
    names: step.request.names,
    start: start ?? undefined,
    options: { ...step.request.options, time_limit: limit },
  });
}

async function optimumOf(folder: string, step: SavedStep, limit: number): Promise<Optimum> {
  const file = path.join(folder, `${step.seed}-optimum.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Optimum;
  const solved = await solveOnce(step, step.request.start, limit);
  if (solved.status !== HIGHS_STATUS.optimal || !solved.values) {
    throw new Error(`seed ${step.seed}: no proven optimum within ${limit} s (status ${solved.status})`);
  }
  const optimum = { status: solved.status, objective: solved.objective!, values: solved.values, cpuS: solved.cpuS };
  writeFileSync(file, JSON.stringify(optimum));
  return optimum;
}

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder || folder.startsWith('--')) {
    throw new Error('usage: composeProofFromOptimum.ts <folder> [--limit S] [--seeds 1,3,8]');
  }
  const limit = Number(argument('--limit') ?? 240);
  const only = argument('--seeds')?.split(',').map(Number) ?? null;
  const value = (step: SavedStep, values: readonly number[] | null) =>
    values === null ? '-' : values.reduce((sum, v, k) => sum + v * (step.request.model.colCost as number[])[k]!, 0);
  console.log(
    'seed | runner start | optimum (CPU s from that start) | from the optimum: proven? CPU s / wall s, twice | load',
  );
  for (const step of readSavedSteps(folder, 'assignments-full', only)) {
    const optimum = await optimumOf(folder, step, limit);
    const proofs: string[] = [];
    for (let rep = 0; rep < 2; rep += 1) {
      const proof = await solveOnce(step, optimum.values, limit);
      const proven = proof.status === HIGHS_STATUS.optimal ? 'proven' : `open (bound ${proof.dualBound})`;
      proofs.push(`${proven} ${proof.cpuS.toFixed(2)} / ${proof.wallS.toFixed(2)}`);
    }
    const start = value(step, step.request.start);
    console.log(
      `${step.seed} | ${typeof start === 'number' ? Math.round(start) : start} | ${Math.round(optimum.objective)}` +
        ` (${optimum.cpuS.toFixed(1)}) | ${proofs.join('; ')} | ${loadavg()[0]!.toFixed(1)}`,
    );
  }
}

await main();
