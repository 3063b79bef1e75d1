import { buildInstance } from '../../shared/compose/instance.js';
import { buildModel } from '../../shared/compose/buildModel.js';
import {
  compareScores,
  compositionFromValues,
  scoreOf,
  valuesFromComposition,
  type Composition,
} from '../../shared/compose/composition.js';
import { scarceCandidates } from '../../shared/compose/candidates.js';
import { fillHoursStart } from '../../shared/compose/fillHours.js';
import { greedyComposition } from '../../shared/compose/greedy.js';
import { knownBounds } from '../../shared/compose/knownBounds.js';
import { limitRefs, limitsOf, type LimitRef } from '../../shared/compose/limits.js';
import type { ComposeOptions } from '../../shared/compose/options.js';
import { objectiveValue, type ComposeResult } from '../../shared/compose/result.js';
import { trimSurplusHours } from '../../shared/compose/trimSurplus.js';
import { findUncoverable } from '../../shared/compose/uncoverable.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import type { PhaseListener } from './phaseTiming.js';
import { solveComposition } from './solveComposition.js';

interface ComposeRun {
  timeLimitSeconds: number;
  signal?: AbortSignal;
  /** The user's "Nu afronden": answer now with the best composition so far (solveComposition's wrapUp). */
  wrapUp?: AbortSignal;
  /** Told each stage as it starts: a tier's name, or 'diagnosis' while the limits are tried alone. */
  onStage?: (stage: string) => void;
  /** How each tier is searched (solveComposition's strategy); the bench compares both in one run. */
  strategy?: 'relaxFirst' | 'direct';
  /** How many searches race on a tier's full search (solveComposition's racers; default one search). */
  racers?: number;
  /** Told each step's wall and CPU time (solveComposition's onPhase, plus the model and the greedy start). */
  onPhase?: PhaseListener;
}

/** Each limit alone gets this long to show that it can be met, when the whole request cannot. */
const DIAGNOSIS_SECONDS = 5;

/**
 * "Stel het team samen": builds the model, starts the solver from the greedy
 * composition and never answers worse than that greedy composition. When the request
 * is infeasible, each optional limit is tried alone to name the one that breaks it.
 */
export async function composeTeam(plan: TeamPlan, options: ComposeOptions, run: ComposeRun): Promise<ComposeResult> {
  const startedAt = performance.now();
  const cpu = process.cpuUsage();
  const instance = buildInstance(plan, options);
  const { model, layout } = buildModel(instance, options.objective, options.limits);
  const uncoverable = findUncoverable(instance);
  const modelBuilt = performance.now();
  const modelCpu = process.cpuUsage(cpu);
  const greedy = greedyComposition(instance, options.limits);
  const greedyScore = greedy ? scoreOf(plan, greedy) : null;
  const start = greedy ? valuesFromComposition(instance, layout, greedy, model.variables.length) : null;
  if (run.onPhase) {
    const greedyCpu = process.cpuUsage(cpu);
    const ms = (used: NodeJS.CpuUsage) => (used.user + used.system) / 1000;
    const step = { tier: '', writeMs: 0, solverMs: 0, parseMs: 0 };
    run.onPhase({ ...step, phase: 'model', startMs: 0, endMs: modelBuilt - startedAt, cpuMs: ms(modelCpu) });
    run.onPhase({
      ...step,
      phase: 'greedy',
      startMs: modelBuilt - startedAt,
      endMs: performance.now() - startedAt,
      cpuMs: ms(greedyCpu) - ms(modelCpu),
    });
  }

  const solved = await solveComposition(model, {
    timeLimitSeconds: run.timeLimitSeconds,
    signal: run.signal,
    wrapUp: run.wrapUp,
    start,
    onTier: run.onStage,
    strategy: run.strategy,
    racers: run.racers,
    onPhase: run.onPhase,
    startedAt,
    // The unfilled-hours tier starts from the coverage solution with hours filled greedily.
    improveStart: (tierName, values) =>
      tierName === 'unfilledHours'
        ? fillHoursStart(instance, layout, values, model.variables.length, options.limits)
        : null,
    // The goal and assignment tiers get a bound from the held tiers before any LP.
    knownBound: knownBounds(instance, layout, model.variables, options.objective, options.limits),
    // The fewest people: first a team of exactly the known bound's size among the scarcest people.
    candidates: (tierName) =>
      tierName === 'objective' ? scarceCandidates(instance, layout, model.variables.length) : null,
  });
  const finishing = performance.now();
  const finishCpu = process.cpuUsage();
  // A search stopped before the hours polish (time limit, "Nu afronden", the greedy answer)
  // may give functions more hours than they ask; a polished composition is left as it is.
  // The trim changes no tier of the score, so each score below holds for the trimmed answer.
  const trimmed = (c: Composition) => trimSurplusHours(plan, c, options.minHours, options.locked);
  let composition = trimmed(solved.solution ? compositionFromValues(instance, layout, solved.solution) : []);
  let score = scoreOf(plan, composition);
  let fromGreedy = false;
  if (greedy && greedyScore && (solved.solution === null || compareScores(greedyScore, score, options.objective) < 0)) {
    composition = trimmed(greedy);
    score = greedyScore;
    fromGreedy = true;
  }
  const status = solved.status === 'timeLimit' && fromGreedy ? 'feasible' : solved.status;

  let infeasibleLimits: LimitRef[] = [];
  let infeasibleTogether = false;
  if (status === 'infeasible') {
    run.onStage?.('diagnosis');
    infeasibleLimits = await limitsInfeasibleAlone(plan, options, run.signal);
    if (infeasibleLimits.length === 0) {
      infeasibleLimits = limitRefs(options.limits);
      infeasibleTogether = true;
    }
  }
  if (run.onPhase) {
    const used = process.cpuUsage(finishCpu);
    run.onPhase({
      tier: '',
      phase: 'result',
      startMs: finishing - startedAt,
      endMs: performance.now() - startedAt,
      cpuMs: (used.user + used.system) / 1000,
      writeMs: 0,
      solverMs: 0,
      parseMs: 0,
    });
  }
  const value = objectiveValue(score, options.objective);
  return {
    status,
    objective: { name: options.objective, value },
    stoppedAt: solved.stoppedAt,
    bound: status === 'optimal' ? value : solved.bound,
    gap: status === 'optimal' ? 0 : solved.gap,
    elapsedMs: solved.elapsedMs,
    composition: status === 'infeasible' ? [] : composition,
    score,
    greedy: greedy && greedyScore ? { composition: greedy, score: greedyScore } : null,
    fromGreedy,
    uncoverable,
    infeasibleLimits,
    infeasibleTogether,
  };
}

async function limitsInfeasibleAlone(
  plan: TeamPlan,
  options: ComposeOptions,
  signal: AbortSignal | undefined,
): Promise<LimitRef[]> {
  const out: LimitRef[] = [];
  for (const ref of limitRefs(options.limits)) {
    const instance = buildInstance(plan, options);
    const { model } = buildModel(instance, options.objective, limitsOf(ref));
    // Feasibility only: the coverage tier alone answers whether any composition exists.
    const result = await solveComposition(
      { ...model, tiers: model.tiers.slice(0, 1) },
      { timeLimitSeconds: DIAGNOSIS_SECONDS, signal },
    );
    if (result.status === 'infeasible') out.push(ref);
  }
  return out;
}
