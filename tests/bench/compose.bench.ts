import { pathToFileURL } from 'node:url';
import { composeTeam } from '../../node/compose/composeTeam.js';
import { greedyComposition } from '../../shared/compose/greedy.js';
import { buildInstance } from '../../shared/compose/instance.js';
import { composeOptions } from '../../shared/compose/options.js';
import { randomPlan } from './composeData.js';

/**
 * Compose bench: seeded random pools of 50, 100 and 200 professionals against 8 and 12
 * functions (four requirements each), ten seeds per size. Prints the time to a proven
 * optimum (median and worst), how often the time limit stopped the search (with the
 * worst gap), and people and contract hours beside the greedy baseline measured in the
 * same run. Run with `npx tsx tests/bench/compose.bench.ts [--seeds N] [--time-limit S] [--only 200x12]`.
 */
const POOLS = [50, 100, 200];
const FUNCTIONS = [8, 12];

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const seeds = argument('--seeds', 10);
  const timeLimit = argument('--time-limit', 30);
  const options = composeOptions();
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`compose bench: ${seeds} seeds per size, time limit ${timeLimit} s, objective people`);
  out(
    'pool x fns | optimal | fewest people proven | median s | worst s | unproven tiers (gap) | people solver/greedy | contract h solver/greedy | greedy ms',
  );
  // --only 200x12 runs one size (e.g. with a longer --time-limit).
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  for (const pool of POOLS) {
    for (const fns of FUNCTIONS) {
      if (only && only !== `${pool}x${fns}`) continue;
      const times: number[] = [];
      let optimal = 0;
      let goalProven = 0;
      const unproven: string[] = [];
      let people = 0;
      let greedyPeople = 0;
      let contract = 0;
      let greedyContract = 0;
      let greedyMs = 0;
      for (let seed = 1; seed <= seeds; seed += 1) {
        const plan = randomPlan(seed, pool, fns);
        const t = performance.now();
        greedyComposition(buildInstance(plan, options));
        greedyMs += performance.now() - t;
        const result = await composeTeam(plan, options, { timeLimitSeconds: timeLimit });
        times.push(result.elapsedMs / 1000);
        if (result.status === 'optimal') optimal += 1;
        // Coverage, unfilled hours and the goal come first; a stop in a later tier leaves them proven.
        if (result.status === 'optimal' || result.stoppedAt === 'assignments' || result.stoppedAt === 'hoursPolish')
          goalProven += 1;
        if (result.status !== 'optimal') {
          const gap = result.gap !== null && Number.isFinite(result.gap) ? ` ${(result.gap * 100).toFixed(1)}%` : '';
          unproven.push(`${result.stoppedAt}${gap}`);
        }
        people += result.score.people;
        contract += result.score.contractHours;
        greedyPeople += result.greedy?.score.people ?? 0;
        greedyContract += result.greedy?.score.contractHours ?? 0;
      }
      out(
        `${pool} x ${fns} | ${optimal}/${seeds} | ${goalProven}/${seeds} | ${median(times).toFixed(2)} | ${Math.max(...times).toFixed(2)} | ${unproven.join(', ') || '-'} | ${(people / seeds).toFixed(1)}/${(greedyPeople / seeds).toFixed(1)} | ${(contract / seeds).toFixed(0)}/${(greedyContract / seeds).toFixed(0)} | ${(greedyMs / seeds).toFixed(1)}`,
      );
    }
  }
}

// Vitest's bench runner (npm run bench) collects tests/bench/*.bench.ts too. The solver
// bench above is a script of its own (minutes, not a micro-benchmark); under Vitest this
// file measures only the greedy baseline, which is cheap and worth tracking on its own.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
} else if (process.env.VITEST) {
  const { bench, describe } = await import('vitest');
  describe('compose', () => {
    const instance = buildInstance(randomPlan(1, 200, 12), composeOptions());
    bench('greedy composition, 200 professionals x 12 functions', () => {
      greedyComposition(instance);
    });
  });
}
