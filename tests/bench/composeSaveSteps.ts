import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeTeam } from '../../node/compose/composeTeam.js';
import { HighsPool } from '../../node/compose/highsRace.js';
import type { StageRequest } from '../../node/compose/highsClient.js';
import { composeOptions } from '../../shared/compose/options.js';
import { randomPlan } from './composeData.js';
import type { SavedStep } from './savedSteps.js';

/**
 * Saves every HiGHS step of 200 x 12 compositions (seeds 1-10 unless --seeds) as it was
 * handed to the solver: the model arrays with the held tiers, the start (incumbent) and
 * the runner's options, one JSON file per step, named seed-tier-phase. The options sweep
 * (./composeSweep.ts) then runs each HiGHS setting on exactly these models, so every
 * setting meets the same holds and the same incumbent (docs/compose.md, "Seventh round").
 *
 * `npx tsx tests/bench/composeSaveSteps.ts <folder> [--seeds N] [--time-limit S]`
 * (a long limit, so that every seed reaches the assignment tier's full search).
 */
interface SavedAnswer extends SavedStep {
  /** What the runner's own search answered, for comparison. */
  status: number;
  objective: number | null;
  dualBound: number | null;
  elapsedMs: number;
}

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

/**
 * Typed arrays as plain arrays, so JSON keeps them (an infinite bound becomes null;
 * ./composeSweep.ts reads it back).
 */
function plain(model: NonNullable<StageRequest['model']>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(model).map(([key, value]) => [
      key,
      ArrayBuffer.isView(value) ? Array.from(value as Float64Array) : value,
    ]),
  );
}

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder || folder.startsWith('--')) throw new Error('usage: composeSaveSteps.ts <folder> [--seeds N]');
  mkdirSync(folder, { recursive: true });
  const seeds = argument('--seeds', 10);
  const timeLimit = argument('--time-limit', 60);
  // Every step passes through HighsPool.solve (a race of one included): remember its request
  // and answer, and name it when the runner reports the phase that ran it.
  const solve = HighsPool.prototype.solve;
  let last: { request: StageRequest; answer: Awaited<ReturnType<typeof solve>> } | null = null;
  HighsPool.prototype.solve = async function (this: HighsPool, request: StageRequest) {
    const answer = await solve.call(this, request);
    last = { request, answer };
    return answer;
  };
  for (let seed = 1; seed <= seeds; seed += 1) {
    const plan = randomPlan(seed, 200, 12);
    const result = await composeTeam(plan, composeOptions(), {
      timeLimitSeconds: timeLimit,
      onPhase: (phase) => {
        const step = last;
        last = null;
        if (!step?.request.model) return;
        const saved: SavedAnswer = {
          seed,
          tier: phase.tier,
          phase: phase.phase,
          request: {
            model: plain(step.request.model),
            names: [...step.request.names],
            start: step.request.start ? Array.from(step.request.start) : null,
            options: step.request.options,
          },
          status: step.answer.status,
          objective: step.answer.objective,
          dualBound: step.answer.dualBound,
          elapsedMs: step.answer.elapsedMs,
        };
        const file = path.join(folder, `${seed}-${phase.tier}-${phase.phase}.json`);
        writeFileSync(file, JSON.stringify(saved));
        process.stdout.write(
          `seed ${seed} ${phase.tier} ${phase.phase}: status ${saved.status}, objective ${saved.objective}, bound ${saved.dualBound}, ${(saved.elapsedMs / 1000).toFixed(2)} s\n`,
        );
      },
    });
    process.stdout.write(
      `seed ${seed}: ${result.status} ${result.stoppedAt ?? '-'} | ${result.score.people} people, ${result.score.assignments} assignments | ${(result.elapsedMs / 1000).toFixed(2)} s\n`,
    );
  }
}

await main();
