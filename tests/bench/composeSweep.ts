import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HIGHS_STATUS } from '../../node/compose/highsClient.js';
import type { ModelArrays } from '../../shared/compose/modelArrays.js';
import { argument, readSavedSteps, savedModel, timedSolve, type SavedStep, type SolverOptions } from './savedSteps.js';

/**
 * The HiGHS options sweep of docs/compose.md ("Seventh round: HiGHS's options"): each
 * setting on each saved step of one kind (./composeSaveSteps.ts wrote them: the model with
 * its held tiers, the runner's start and options), every run in a new worker that shares
 * the process's compiled (and by then optimised) HiGHS, CPU seconds of the process around
 * the solve alone, the settings' order rotated per model and repetition so that load
 * meets them alike. Every proven optimum is checked against the others of the same model.
 *
 * `npx tsx tests/bench/composeSweep.ts <folder> --step assignments-full [--limit S]
 *  [--reps N] [--settings a,b,...] [--seeds 2,5,7] [--log file.jsonl]`
 */
type Options = SolverOptions;

/** A setting changes the options, or the model (a row), given the step and its relaxation's optimum. */
interface Setting {
  options?: Options;
  model?: (model: ModelArrays, relaxation: number | null) => ModelArrays;
  /** The cutoff: HiGHS's objective_bound just below the start's value (min). */
  cutoff?: boolean;
}

/** The model's objective as a row held at least at the relaxation's optimum rounded up (min tiers). */
function withBoundRow(model: ModelArrays, relaxation: number | null): ModelArrays {
  if (relaxation === null) return model;
  const bound = Math.ceil(relaxation - 1e-6 * (1 + Math.abs(relaxation)));
  const terms = [...model.colCost.entries()].filter(([, c]) => c !== 0);
  const starts = new Int32Array(model.numRows + 2);
  starts.set(model.starts);
  starts[model.numRows + 1] = model.starts[model.numRows]! + terms.length;
  const extend = <T extends Float64Array | Int32Array>(a: T, more: number[]): T => {
    const out = new (a.constructor as new (n: number) => T)(a.length + more.length);
    out.set(a);
    out.set(more, a.length);
    return out;
  };
  return {
    ...model,
    numRows: model.numRows + 1,
    rowLower: extend(model.rowLower, [bound]),
    rowUpper: extend(model.rowUpper, [Infinity]),
    starts,
    indices: extend(
      model.indices,
      terms.map(([i]) => i),
    ),
    values: extend(
      model.values,
      terms.map(([, c]) => c),
    ),
  };
}

const SETTINGS: Record<string, Setting> = {
  default: {},
  noSymmetry: { options: { mip_detect_symmetry: false } },
  noRestart: { options: { mip_allow_restart: false } },
  pscostReliable2: { options: { mip_pscost_minreliable: 2 } },
  pscostReliable0: { options: { mip_pscost_minreliable: 0 } },
  pscostReliable16: { options: { mip_pscost_minreliable: 16 } },
  noFeasibilityJump: { options: { mip_heuristic_run_feasibility_jump: false } },
  noRins: { options: { mip_heuristic_run_rins: false } },
  noRens: { options: { mip_heuristic_run_rens: false } },
  noRootReducedCost: { options: { mip_heuristic_run_root_reduced_cost: false } },
  ziRound: { options: { mip_heuristic_run_zi_round: true } },
  shifting: { options: { mip_heuristic_run_shifting: true } },
  noHeuristics: { options: { mip_heuristic_effort: 0 } },
  lpAge1: { options: { mip_lp_age_limit: 1 } },
  lpAge30: { options: { mip_lp_age_limit: 30 } },
  poolAge10: { options: { mip_pool_age_limit: 10 } },
  poolAge100: { options: { mip_pool_age_limit: 100 } },
  poolSoft500: { options: { mip_pool_soft_limit: 500 } },
  poolSoft50: { options: { mip_pool_soft_limit: 50, mip_lp_age_limit: 1 } },
  primalSimplex: { options: { simplex_strategy: 4 } },
  presolveOff: { options: { presolve: 'off' } },
  rootPresolveOnly: { options: { mip_root_presolve_only: true } },
  noNodeCuts: { options: { mip_allow_cut_separation_at_nodes: false } },
  startNodes50: { options: { mip_max_start_nodes: 50 } },
  objectiveScale2: { options: { user_objective_scale: 2 } },
  objectiveScaleMinus2: { options: { user_objective_scale: -2 } },
  cutoff: { cutoff: true },
  boundRow: { model: withBoundRow },
};

interface Run {
  step: string;
  seed: number;
  setting: string;
  rep: number;
  status: number;
  objective: number | null;
  bound: number | null;
  cpuS: number;
  wallS: number;
  load: string;
}

function runOnce(step: SavedStep, setting: Setting, limit: number, relaxation: number | null) {
  let model = savedModel(step.request.model);
  if (setting.model) model = setting.model(model, relaxation);
  const startValue =
    step.request.start === null ? null : step.request.start.reduce((s, v, k) => s + v * model.colCost[k]!, 0);
  const options: Options = {
    ...step.request.options,
    ...setting.options,
    ...(setting.cutoff && startValue !== null ? { objective_bound: Math.round(startValue) - 0.5 } : {}),
    time_limit: limit,
  };
  return timedSolve({ model, names: step.request.names, start: step.request.start ?? undefined, options });
}

async function main(): Promise<void> {
  const folder = process.argv[2]!;
  const kind = argument('--step') ?? 'assignments-full';
  const limit = Number(argument('--limit') ?? 10);
  const reps = Number(argument('--reps') ?? 2);
  const log = argument('--log');
  const names = (argument('--settings') ?? Object.keys(SETTINGS).join(',')).split(',');
  for (const name of names) if (!SETTINGS[name]) throw new Error(`unknown setting ${name}`);
  const only = argument('--seeds')?.split(',').map(Number) ?? null;
  const steps = readSavedSteps(folder, kind, only);
  const relaxationOf = (seed: number, tier: string): number | null => {
    try {
      const saved = JSON.parse(readFileSync(path.join(folder, `${seed}-${tier}-relaxation.json`), 'utf8')) as {
        objective: number | null;
      };
      return saved.objective;
    } catch {
      return null;
    }
  };
  // Compiles HiGHS once and lets V8 optimise it before any measured run.
  for (let i = 0; i < 2; i += 1) await runOnce(steps[0]!, {}, 2, null);
  const runs: Run[] = [];
  for (let rep = 1; rep <= reps; rep += 1) {
    for (const [k, step] of steps.entries()) {
      const shift = (k + rep * 3) % names.length;
      const order = [...names.slice(shift), ...names.slice(0, shift)];
      for (const name of order) {
        const r = await runOnce(step, SETTINGS[name]!, limit, relaxationOf(step.seed, step.tier));
        const run: Run = {
          step: kind,
          seed: step.seed,
          setting: name,
          rep,
          status: r.status,
          objective: r.objective,
          bound: r.dualBound,
          cpuS: r.cpuS,
          wallS: r.elapsedMs / 1000,
          load: readFileSync('/proc/loadavg', 'utf8').split(' ')[0]!,
        };
        runs.push(run);
        if (log) appendFileSync(log, `${JSON.stringify(run)}\n`);
        process.stdout.write(
          `rep ${rep} seed ${step.seed} ${name}: status ${r.status} objective ${r.objective?.toFixed(2)} bound ${r.dualBound?.toFixed(2)} | CPU ${r.cpuS.toFixed(2)} s, wall ${run.wallS.toFixed(2)} s | load ${run.load}\n`,
        );
      }
    }
  }
  // Every proof must agree on the optimum (a cutoff proves the start by infeasibility).
  for (const step of steps) {
    const proven = runs.filter((r) => r.seed === step.seed && r.status === HIGHS_STATUS.optimal);
    const values = new Set(proven.map((r) => Math.round(r.objective!)));
    if (values.size > 1) process.stdout.write(`seed ${step.seed}: DIFFERENT OPTIMA ${[...values].join(', ')}\n`);
  }
  process.stdout.write(
    `\nsetting | ${steps.map((s) => `seed ${s.seed}`).join(' | ')} | sum rep 1 | sum rep 2 | proven\n`,
  );
  for (const name of names) {
    const cells = steps.map((s) =>
      runs
        .filter((r) => r.seed === s.seed && r.setting === name)
        .map(
          (r) =>
            `${r.cpuS.toFixed(2)}${r.status === HIGHS_STATUS.optimal || (r.status === HIGHS_STATUS.infeasible && SETTINGS[name]!.cutoff) ? '' : `*(${r.objective?.toFixed(0)}/${r.bound === null ? '-' : Math.ceil(r.bound - 1e-6).toString()})`}`,
        )
        .join(' / '),
    );
    const sums = Array.from({ length: reps }, (_, i) =>
      runs.filter((r) => r.setting === name && r.rep === i + 1).reduce((s, r) => s + r.cpuS, 0),
    );
    const proven = runs.filter(
      (r) =>
        r.setting === name &&
        (r.status === HIGHS_STATUS.optimal || (r.status === HIGHS_STATUS.infeasible && SETTINGS[name]!.cutoff)),
    ).length;
    process.stdout.write(
      `${name} | ${cells.join(' | ')} | ${sums.map((s) => s.toFixed(2)).join(' | ')} | ${proven}/${runs.filter((r) => r.setting === name).length}\n`,
    );
  }
}

await main();
