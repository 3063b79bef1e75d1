import type { Task } from 'tinybench';
import { bench, describe } from 'vitest';
import { adviseDesign, buildJsonReport, computeCoverage } from '../../shared/engine/index.js';
import { baselineCoverage, baselineReport, benchTeam } from './engineData.js';

/**
 * Engine benchmark (`npm run bench`). Each case runs the engine and two baseline loops
 * over the same data in the same run, then prints the ratios next to the targets of the
 * issue: one team < 0.2 ms, 300 teams < 50 ms, engine within 3x of the baseline.
 *
 * - baseline "same numbers": the minimal loop computing what the coverage semantics
 *   define (requirements, hours, over-allocation, profile, expertise); the target ratio.
 * - baseline "requirements only": just the covered-requirements count, for information.
 *
 * Means suffer from other work on the machine; the minimum is printed beside them as
 * the steadier figure. Never an assertion: timings depend on the machine.
 */
const teams = Array.from({ length: 300 }, (_, i) => benchTeam(i + 1));
const one = teams[0]!;
let sink = 0;

const TARGETS = { one: 0.2, sweep: 50, ratio: 3 };
const stats = new Map<string, { mean: number; min: number }>();

function measured(name: string) {
  return {
    time: 1000,
    setup: (task: Task, mode?: 'run' | 'warmup') => {
      if (mode !== 'run') return;
      task.addEventListener(
        'complete',
        () => {
          if (task.result) stats.set(name, { mean: task.result.mean, min: task.result.min });
          printCase('one', 'one team (25 people, 12 functions)', TARGETS.one);
          printCase('sweep', 'HR sweep (300 teams)', TARGETS.sweep);
        },
        { once: true },
      );
    },
  };
}

const printed = new Set<string>();
function printCase(key: 'one' | 'sweep', label: string, target: number): void {
  const engine = stats.get(`${key}.engine`);
  const same = stats.get(`${key}.same`);
  const narrow = stats.get(`${key}.narrow`);
  if (!engine || !same || !narrow || printed.has(key)) return;
  printed.add(key);
  const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
  const ratio = engine.mean / same.mean;
  const ms = (v: number) => `${v.toFixed(4)} ms`;
  console.log(
    [
      `[engine bench] ${label}`,
      `  engine mean ${ms(engine.mean)} (target < ${target} ms: ${ok(engine.mean < target)}), min ${ms(engine.min)}`,
      `  baseline, same numbers: mean ${ms(same.mean)}, min ${ms(same.min)} -> ratio ${ratio.toFixed(2)}x by mean, ${(engine.min / same.min).toFixed(2)}x by min (target < ${TARGETS.ratio}x: ${ok(ratio < TARGETS.ratio)})`,
      `  baseline, requirements only: mean ${ms(narrow.mean)}, min ${ms(narrow.min)} -> ratio ${(engine.mean / narrow.mean).toFixed(2)}x by mean, ${(engine.min / narrow.min).toFixed(2)}x by min (information)`,
    ].join('\n'),
  );
}

describe('coverage of one realistic team', () => {
  bench(
    'engine: computeCoverage',
    () => {
      sink += computeCoverage(one).teamCoverage;
    },
    measured('one.engine'),
  );
  bench(
    'baseline: same numbers, minimal loop',
    () => {
      sink += baselineReport(one);
    },
    measured('one.same'),
  );
  bench(
    'baseline: requirements only',
    () => {
      sink += baselineCoverage(one);
    },
    measured('one.narrow'),
  );
});

describe('HR sweep over 300 teams', () => {
  bench(
    'engine: computeCoverage x300',
    () => {
      for (const team of teams) sink += computeCoverage(team).teamCoverage;
    },
    measured('sweep.engine'),
  );
  bench(
    'baseline: same numbers x300',
    () => {
      for (const team of teams) sink += baselineReport(team);
    },
    measured('sweep.same'),
  );
  bench(
    'baseline: requirements only x300',
    () => {
      for (const team of teams) sink += baselineCoverage(team);
    },
    measured('sweep.narrow'),
  );
});

describe('the rest of one team, for context (no target)', () => {
  bench(
    'coverage + design advice (what the UI shows while dragging)',
    () => {
      sink += adviseDesign(one, computeCoverage(one)).length;
    },
    { time: 500 },
  );
  bench(
    'full JSON report with suggestions and best additions',
    () => {
      sink += buildJsonReport(one).suggestions.length;
    },
    { time: 500 },
  );
});

// Keeps the results observable so the JIT cannot drop the work.
export const _sink = () => sink;
