import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { composeTeam } from '../../node/compose/composeTeam.js';
import { scoreOf } from '../../shared/compose/composition.js';
import { greedyComposition } from '../../shared/compose/greedy.js';
import { buildInstance } from '../../shared/compose/instance.js';
import { composeOptions } from '../../shared/compose/options.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import type { PhaseTiming } from '../../node/compose/phaseTiming.js';
import { randomPlan } from './composeData.js';

type Strategy = 'relaxFirst' | 'direct';
type ComposeTeam = typeof composeTeam;

/**
 * Compose bench: seeded random pools of 50, 100 and 200 professionals against 8 and 12
 * functions (four requirements each), ten seeds per size. Prints the time to a proven
 * optimum (median and worst, wall and CPU), how often the time limit stopped the search
 * (with each unproven tier's gap), people and contract hours beside the greedy baseline,
 * and the earlier runner that searches each tier directly (same seeds, interleaved, so
 * both meet the same load), with the load average before and after each size. Run with
 * `npx tsx tests/bench/compose.bench.ts [--seeds N] [--time-limit S] [--only 200x12] [--no-baseline]
 * [--per-seed] [--racers N] [--timeline]`
 * (--per-seed adds one line per composition: status, tier and gap, wall and CPU time, when
 * each tier's search started; --racers sets the current runner's racing searches;
 * --timeline adds every step of each current-runner composition: wall and CPU, model
 * building, reading in HiGHS, worker start and messages, idle gaps).
 * With `COMPOSE_BENCH_BEFORE=<checkout>` (another checkout of this repository, e.g. a
 * `git worktree add --detach` of an earlier commit with node_modules linked), that
 * checkout's composeTeam runs as a third runner on the same seeds, interleaved too.
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

interface SizeStats {
  times: number[];
  cpu: number[];
  optimal: number;
  goalProven: number;
  unproven: string[];
  people: number;
  contract: number;
  /** Sum of the assignment counts (the last tier), to compare incumbents where it stays open. */
  assignments: number;
}

function emptyStats(): SizeStats {
  return { times: [], cpu: [], optimal: 0, goalProven: 0, unproven: [], people: 0, contract: 0, assignments: 0 };
}

function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ')[0]!;
}

/** One composition: wall time, and the process's CPU time (the worker thread included), which load distorts less. */
async function measure(
  plan: TeamPlan,
  timeLimit: number,
  strategy: Strategy,
  stats: SizeStats,
  runner: ComposeTeam = composeTeam,
  perSeed: string | null = null,
  racers?: number,
  timeline = false,
): Promise<void> {
  const cpu = process.cpuUsage();
  const began = performance.now();
  // When each tier's search started (tiers the start already proves are never announced).
  const stages: string[] = [];
  const onStage = (stage: string) => stages.push(`${stage}@${((performance.now() - began) / 1000).toFixed(1)}`);
  const phases: PhaseTiming[] = [];
  const onPhase = timeline ? (p: PhaseTiming) => phases.push(p) : undefined;
  const result = await runner(plan, composeOptions(), {
    timeLimitSeconds: timeLimit,
    strategy,
    onStage,
    racers,
    onPhase,
  });
  const used = process.cpuUsage(cpu);
  if (timeline) printTimeline(phases, (performance.now() - began) / 1000, (used.user + used.system) / 1e6);
  stats.times.push(result.elapsedMs / 1000);
  stats.cpu.push((used.user + used.system) / 1e6);
  // --per-seed: one line per composition (status, where it stopped, gap, wall and CPU seconds).
  if (perSeed !== null) {
    const gap = result.gap === null ? '-' : `${(result.gap * 100).toFixed(1)}%`;
    // An open tier without a bound shows "bound -": the count issue 11 asks for.
    const bound = result.status === 'optimal' || result.bound === null ? '-' : String(result.bound);
    process.stdout.write(
      `  ${perSeed}: ${result.status} ${result.stoppedAt ?? '-'} gap ${gap} bound ${bound} | ${(result.elapsedMs / 1000).toFixed(2)} s | CPU ${stats.cpu.at(-1)!.toFixed(2)} s | ${result.score.people} people, ${result.score.assignments} assignments | ${stages.join(' ')} | load ${loadAverage()}\n`,
    );
  }
  if (result.status === 'optimal') stats.optimal += 1;
  // Coverage, unfilled hours and the goal come first; a stop in a later tier leaves them proven.
  if (result.status === 'optimal' || result.stoppedAt === 'assignments' || result.stoppedAt === 'hoursPolish')
    stats.goalProven += 1;
  if (result.status !== 'optimal') {
    const gap = result.gap !== null && Number.isFinite(result.gap) ? ` ${(result.gap * 100).toFixed(1)}%` : '';
    stats.unproven.push(`${result.stoppedAt}${gap}`);
  }
  stats.people += result.score.people;
  stats.contract += result.score.contractHours;
  stats.assignments += result.score.assignments;
}

/**
 * --timeline: each step of one composition on one clock (seconds since it started): wall
 * and CPU, for HiGHS steps the LP text written on the main thread and the time inside the
 * worker (the rest of the step is the worker's start and the messages), and the idle gap
 * before each step (the runner's own work between steps).
 */
function printTimeline(phases: PhaseTiming[], wall: number, cpu: number): void {
  let previousEnd = 0;
  for (const p of [...phases].sort((a, b) => a.startMs - b.startMs)) {
    const wallMs = p.endMs - p.startMs;
    const overhead =
      p.solverMs > 0
        ? ` | write ${p.writeMs.toFixed(0)} ms, in worker ${p.solverMs.toFixed(0)} ms (reading the LP ${p.parseMs.toFixed(0)} ms), start+messages ${(wallMs - p.solverMs).toFixed(0)} ms`
        : '';
    process.stdout.write(
      `    ${(p.startMs / 1000).toFixed(3)} ${p.tier || '-'} ${p.phase}: ${(wallMs / 1000).toFixed(3)} s wall, ${(p.cpuMs / 1000).toFixed(3)} s CPU | gap before ${(p.startMs - previousEnd).toFixed(0)} ms${overhead}\n`,
    );
    previousEnd = Math.max(previousEnd, p.endMs);
  }
  process.stdout.write(
    `    total ${wall.toFixed(3)} s wall, ${cpu.toFixed(3)} s CPU, after the last step ${(wall * 1000 - previousEnd).toFixed(0)} ms\n`,
  );
}

async function main(): Promise<void> {
  const seeds = argument('--seeds', 10);
  const timeLimit = argument('--time-limit', 30);
  // The earlier runner (each tier searched directly) is the same-run baseline unless --no-baseline.
  const baseline = !process.argv.includes('--no-baseline');
  const perSeed = process.argv.includes('--per-seed') || process.argv.includes('--timeline');
  // --racers N: the current runner with N racing searches instead of the machine's default (highsRace.ts).
  const racers = process.argv.includes('--racers') ? argument('--racers', 1) : undefined;
  // --timeline: every step of each current-runner composition (implies --per-seed).
  const timeline = process.argv.includes('--timeline');
  const options = composeOptions();
  const beforeDir = process.env.COMPOSE_BENCH_BEFORE;
  const before: ComposeTeam | null = beforeDir
    ? ((await import(pathToFileURL(`${beforeDir}/node/compose/composeTeam.ts`).href)) as { composeTeam: ComposeTeam })
        .composeTeam
    : null;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`compose bench: ${seeds} seeds per size, time limit ${timeLimit} s, objective people`);
  out(
    'pool x fns | optimal | fewest people proven | median s | worst s | median CPU s | unproven tiers (gap) | people solver/greedy | contract h solver/greedy | assignments | greedy ms | load avg' +
      (baseline ? ' || direct: optimal | fewest people proven | median s | median CPU s | people | assignments' : '') +
      (before
        ? ` || before (${beforeDir}): optimal | fewest people proven | median s | median CPU s | people | assignments`
        : ''),
  );
  // --only 200x12 runs one size (e.g. with a longer --time-limit).
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  for (const pool of POOLS) {
    for (const fns of FUNCTIONS) {
      if (only && only !== `${pool}x${fns}`) continue;
      const stats = emptyStats();
      const direct = emptyStats();
      const earlier = emptyStats();
      let greedyPeople = 0;
      let greedyContract = 0;
      let greedyMs = 0;
      const loads = [loadAverage()];
      for (let seed = 1; seed <= seeds; seed += 1) {
        const plan = randomPlan(seed, pool, fns);
        const t = performance.now();
        const greedy = greedyComposition(buildInstance(plan, options));
        greedyMs += performance.now() - t;
        const greedyScore = greedy ? scoreOf(plan, greedy) : null;
        greedyPeople += greedyScore?.people ?? 0;
        greedyContract += greedyScore?.contractHours ?? 0;
        // Interleaved per seed, so both runners meet about the same load.
        const label = (runner: string) => (perSeed ? `${pool} x ${fns} seed ${seed} ${runner}` : null);
        await measure(plan, timeLimit, 'relaxFirst', stats, composeTeam, label('current'), racers, timeline);
        if (baseline) await measure(plan, timeLimit, 'direct', direct, composeTeam, label('direct'));
        if (before) await measure(plan, timeLimit, 'relaxFirst', earlier, before, label('before'));
      }
      loads.push(loadAverage());
      const n = (value: number, digits: number) => (value / seeds).toFixed(digits);
      out(
        `${pool} x ${fns} | ${stats.optimal}/${seeds} | ${stats.goalProven}/${seeds} | ${median(stats.times).toFixed(2)} | ${Math.max(...stats.times).toFixed(2)} | ${median(stats.cpu).toFixed(2)} | ${stats.unproven.join(', ') || '-'} | ${n(stats.people, 1)}/${n(greedyPeople, 1)} | ${n(stats.contract, 0)}/${n(greedyContract, 0)} | ${n(stats.assignments, 1)} | ${(greedyMs / seeds).toFixed(1)} | ${loads.join('-')}` +
          (baseline
            ? ` || ${direct.optimal}/${seeds} | ${direct.goalProven}/${seeds} | ${median(direct.times).toFixed(2)} | ${median(direct.cpu).toFixed(2)} | ${n(direct.people, 1)} | ${n(direct.assignments, 1)}`
            : '') +
          (before
            ? ` || ${earlier.optimal}/${seeds} | ${earlier.goalProven}/${seeds} | ${median(earlier.times).toFixed(2)} | ${median(earlier.cpu).toFixed(2)} | ${n(earlier.people, 1)} | ${n(earlier.assignments, 1)}`
            : ''),
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
