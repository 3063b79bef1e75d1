import { modelArrays, type ModelArrays } from '../../shared/compose/modelArrays.js';
import { holdTier } from '../../shared/compose/holds.js';
import type { KnownBound } from '../../shared/compose/knownBounds.js';
import { boundFromRelaxation, relaxed, restricted, tierBound } from '../../shared/compose/subproblems.js';
import { tierValue, type MipConstraint, type MipModel, type MipTier } from '../../shared/compose/mip.js';
import { byDeadline } from './byDeadline.js';
import { HIGHS_STATUS } from './highsClient.js';
import { DEFAULT_RACERS, HighsPool } from './highsRace.js';
import { timedPhase, type PhaseListener } from './phaseTiming.js';

/**
 * Solves a model's tiers one after the other (lexicographic optimisation by sequential
 * solves): each tier is optimised with every earlier tier held at its optimum by one
 * extra constraint, and starts from the previous tier's solution, which is feasible for
 * it by construction. See docs/compose.md for why sequential solves and not weights.
 *
 * Status, honestly: `optimal` when every tier was proven optimal; `feasible` when time
 * ran out after a solution was found (`stoppedAt` names the tier, `bound` and `gap` are
 * that tier's best bound and relative gap; with 'relaxFirst' and `knownBound` every tier
 * has a bound known without solving, so the bound is never null then, the gap only
 * without an incumbent);
 * `timeLimit` when time ran out before any solution; `infeasible` when the first tier
 * has no solution at all (only hard limits can cause that).
 */
type SolveStatus = 'optimal' | 'feasible' | 'timeLimit' | 'infeasible';

interface SolveOptions {
  timeLimitSeconds: number;
  signal?: AbortSignal;
  /**
   * The user's "Nu afronden": answer now with what is known, as if the time limit had come
   * (the incumbent, every tier proven so far, the open tier's bound and gap). Unlike
   * `signal`, which throws the work away.
   */
  wrapUp?: AbortSignal;
  /** A starting solution (e.g. the greedy one), in the model's variable order. */
  start?: ArrayLike<number> | null;
  /** Told the name of each tier as it starts, so the app can show where the search is. */
  onTier?: (name: string) => void;
  /**
   * 'relaxFirst' (default): each integral tier first solves its LP relaxation and a restriction to
   * the people that relaxation and the incumbent use, and runs the full search only when
   * those do not prove the tier. 'direct': the earlier runner, kept as the bench's
   * same-run baseline: the full search at once, in a worker that compiles HiGHS afresh.
   */
  strategy?: 'relaxFirst' | 'direct';
  /**
   * A better start for a tier, built from the incumbent that reaches it (e.g. the
   * unfilled-hours tier's start with hours filled greedily); null to keep the incumbent.
   * It must keep every earlier tier at least at its held value. Only with 'relaxFirst'.
   */
  improveStart?: (tierName: string, values: readonly number[]) => ArrayLike<number> | null;
  /**
   * How many HiGHS searches race on a tier's full search (default: two on a machine with
   * two cores or more, see highsRace.ts). Only with 'relaxFirst'; 'direct' searches alone.
   */
  racers?: number;
  /**
   * A bound for a tier known without any LP, from the values the earlier tiers are held
   * at (tier order); null when none is known (shared/compose/knownBounds.ts). Asked before
   * the tier's relaxation starts, so a tier stopped in its relaxation still has a bound.
   * Only with 'relaxFirst' ('direct' stays the earlier runner).
   */
  knownBound?: KnownBound;
  /**
   * How long past the time limit a search may take before it is stopped and the answer is
   * made of what is known (./byDeadline.ts); default OVERRUN_GRACE_MS.
   */
  overrunGraceMs?: number;
  /**
   * Where to look for a composition AT a tier's known bound before its relaxation: values
   * in the model's variable order whose switched-on groups are kept (e.g. the people of
   * shared/compose/candidates.ts), or null to go straight to the relaxation. Only integral
   * tiers with a known bound, only with 'relaxFirst'.
   */
  candidates?: (tierName: string) => ArrayLike<number> | null;
  /** Told each step's wall, CPU, LP-writing and solver time (the bench's --timeline); nothing is timed without it. */
  onPhase?: PhaseListener;
  /** When the composition started (performance.now()), so phases before the solve share one clock. */
  startedAt?: number;
}

/** A search may end this long after the time limit (HiGHS's own limit comes first normally). */
const OVERRUN_GRACE_MS = 1000;

/**
 * Share of a tier's remaining time the search for a composition at the known bound may use
 * before the tier falls back to its relaxation (on 200 x 12 it found one in 0.2-0.7 s of
 * CPU where one exists, and proved there is none among the candidates in 0.15-0.3 s).
 */
const AT_KNOWN_BOUND_SHARE = 0.15;

/** Share of a tier's remaining time the restricted search may use. */
const RESTRICTED_SHARE = 0.4;

/**
 * The restricted search only looks for a good incumbent (the bound comes from the
 * relaxation), so it keeps a small cut pool and drops unused cuts at once: HiGHS then
 * reaches its sub-MIP heuristics sooner (one warm measurement on a 200 x 12 restriction:
 * 0.19 s of CPU against 0.33 s with the defaults).
 */
const RESTRICTED_SEARCH = { mip_pool_soft_limit: 50, mip_lp_age_limit: 1 };

interface SolveResult {
  status: SolveStatus;
  /** Value of each tier proven optimal, in tier order. */
  tierValues: number[];
  stoppedAt: string | null;
  bound: number | null;
  gap: number | null;
  elapsedMs: number;
  /** Column values in the model's variable order; null without a solution. */
  solution: number[] | null;
}

/** The reason the caller aborted with (by default a DOMException named AbortError). */
function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('', 'AbortError');
}

function better(tier: MipTier, value: number, than: number): boolean {
  return tier.sense === 'max' ? value > than : value < than;
}

/** HiGHS's relative gap: |incumbent - bound| / max(1, |incumbent|) (null without both). */
function gapOf(tier: MipTier, values: readonly number[] | null, bound: number | null): number | null {
  if (!values || bound === null) return null;
  const value = tierValue(tier, values);
  return Math.abs(value - bound) / Math.max(1, Math.abs(value));
}

function reaches(tier: MipTier, value: number, best: number): boolean {
  const slack = tier.integral ? 0.5 : 1e-6 * (1 + Math.abs(best));
  return tier.sense === 'max' ? value >= best - slack : value <= best + slack;
}

export async function solveComposition(model: MipModel, options: SolveOptions): Promise<SolveResult> {
  const started = performance.now();
  const origin = options.startedAt ?? started;
  const deadline = started + options.timeLimitSeconds * 1000;
  const { signal } = options;
  const strategy = options.strategy ?? 'relaxFirst';
  if (signal?.aborted) throw abortReason(signal);
  // Nothing to decide (no in-team function or nobody free): the empty composition is optimal.
  if (model.variables.length === 0) {
    return {
      status: 'optimal',
      tierValues: model.tiers.map(() => 0),
      stoppedAt: null,
      bound: null,
      gap: null,
      elapsedMs: 0,
      solution: [],
    };
  }
  const pool = new HighsPool(
    strategy === 'direct' ? { racers: 1, freshModule: true } : { racers: options.racers ?? DEFAULT_RACERS },
  );
  const onAbort = (): void => void pool.terminate(new Error('aborted'));
  const graceMs = options.overrunGraceMs ?? OVERRUN_GRACE_MS;
  /** A search of the pool, or null when it overran the time limit (the pool is then ended). */
  const inTime = <T>(search: Promise<T>): Promise<T | null> =>
    // A wrap-up ends the search like an overrun: the answer is made of what is known.
    byDeadline(search, deadline, graceMs, () => void pool.terminate(new Error('overDeadline')), options.wrapUp);
  signal?.addEventListener('abort', onAbort, { once: true });
  const names = model.variables.map((v) => v.name);
  /** Builds the model arrays of one step and runs it as a timed phase (timed only with onPhase). */
  const step = <T extends { elapsedMs: number; parsedMs?: number } | null>(
    tierName: string,
    phase: string,
    write: () => ModelArrays,
    run: (model: ModelArrays) => Promise<T>,
  ): Promise<T> => {
    const writing = performance.now();
    const arrays = write();
    const writeMs = performance.now() - writing;
    return timedPhase(
      options.onPhase,
      origin,
      tierName,
      phase,
      () => run(arrays),
      (r) => ({ solverMs: r?.elapsedMs ?? 0, parseMs: r?.parsedMs ?? 0 }),
      writeMs,
    );
  };
  let values: number[] | null = options.start ? Array.from(options.start) : null;
  const held: MipConstraint[] = [];
  const tierValues: number[] = [];
  const finish = (
    status: SolveStatus,
    stoppedAt: string | null,
    bound: number | null,
    gap: number | null,
  ): SolveResult => ({
    status,
    tierValues,
    stoppedAt,
    bound,
    gap,
    elapsedMs: performance.now() - started,
    solution: values,
  });

  try {
    for (const [k, tier] of model.tiers.entries()) {
      const remaining = (deadline - performance.now()) / 1000;
      // Bounds known without solving: the tier's best possible value, and (relaxFirst) the
      // combinatorial one from the held tiers; every later bound is combined with them.
      const known =
        strategy === 'relaxFirst' && !tier.fixIntegers
          ? await timedPhase(options.onPhase, origin, tier.name, 'knownBound', () =>
              options.knownBound ? options.knownBound(tier.name, tierValues) : null,
            )
          : null;
      const stopped = (bound: number | null): SolveResult =>
        finish(values ? 'feasible' : 'timeLimit', tier.name, bound, gapOf(tier, values, bound));
      if (remaining <= 0.01 || options.wrapUp?.aborted) {
        // The polish only evens out hours: every real tier is proven by now.
        if (tier.fixIntegers && values) return finish('optimal', null, null, null);
        return stopped(strategy === 'relaxFirst' ? tierBound(tier, null, known, tier.bestPossible) : null);
      }
      if (values && strategy === 'relaxFirst' && options.improveStart) {
        const improved = options.improveStart(tier.name, values);
        if (improved && better(tier, tierValue(tier, improved), tierValue(tier, values))) values = Array.from(improved);
      }
      if (values && tier.bestPossible !== undefined && reaches(tier, tierValue(tier, values), tier.bestPossible)) {
        tierValues.push(tierValue(tier, values));
        held.push(...holdTier(tier, values, k));
        continue;
      }
      // The incumbent already meets the bound known without an LP: proven, no solve at all.
      if (values && known !== null && reaches(tier, tierValue(tier, values), known)) {
        tierValues.push(tierValue(tier, values));
        held.push(...holdTier(tier, values, k));
        continue;
      }
      options.onTier?.(tier.name);
      const remainingNow = (): number => (deadline - performance.now()) / 1000;
      const mipOptions = (seconds: number) => ({
        time_limit: Math.max(0.01, seconds),
        mip_rel_gap: 0,
        mip_abs_gap: tier.integral ? 0.99 : 1e-6,
        random_seed: 1,
      });
      // A composition AT the known bound proves the tier with no LP at all: look for one among
      // the candidates (a restriction, so anything found is a composition of the full model)
      // with the tier capped at that bound; a miss costs a small share of the time and the
      // tier goes on as before (docs/compose.md, "Sixth round").
      const keep =
        strategy === 'relaxFirst' && tier.integral && !tier.fixIntegers && known !== null && values && model.groups
          ? (options.candidates?.(tier.name) ?? null)
          : null;
      if (keep && values && model.groups && known !== null) {
        const sub = restricted(model, model.groups, [keep, values]);
        const slack = 1e-6 * (1 + Math.abs(known));
        const atBound: MipConstraint =
          tier.sense === 'min'
            ? { name: 'atKnownBound', terms: tier.terms, lower: -Infinity, upper: known + slack }
            : { name: 'atKnownBound', terms: tier.terms, lower: known - slack, upper: Infinity };
        const found = await step(
          tier.name,
          'atKnownBound',
          () => modelArrays(sub.model, tier, [...held, atBound]),
          (arrays) =>
            inTime(
              pool.solve({
                model: arrays,
                names,
                options: { ...mipOptions(remainingNow() * AT_KNOWN_BOUND_SHARE), ...RESTRICTED_SEARCH },
              }),
            ),
        );
        if (found === null) return stopped(tierBound(tier, null, known, tier.bestPossible));
        if (found.values && reaches(tier, tierValue(tier, found.values), known)) {
          values = found.values;
          tierValues.push(tierValue(tier, values));
          held.push(...holdTier(tier, values, k));
          continue;
        }
      }
      // The relaxation's bound, and a restricted search for a good incumbent, before the full search.
      let relaxationBound: number | null = null;
      // Only integral tiers: there the bound rounds to a whole number and often proves the
      // incumbent; a continuous tier's relaxation proves it only at exact equality, and on
      // 50 x 12 pools the extra solves cost the unfilled-hours tier the time it needed.
      if (strategy === 'relaxFirst' && tier.integral && !tier.fixIntegers) {
        const lp = await step(
          tier.name,
          'relaxation',
          () => modelArrays(relaxed(model), tier, held),
          (arrays) =>
            inTime(pool.solve({ model: arrays, names, options: { time_limit: Math.max(0.01, remainingNow()) } })),
        );
        if (lp === null) return stopped(tierBound(tier, null, known, tier.bestPossible));
        if (lp.status === HIGHS_STATUS.infeasible && k === 0) return finish('infeasible', tier.name, null, null);
        if (lp.status === HIGHS_STATUS.optimal && lp.objective !== null) {
          // The relaxation's bound (rounded like a dual bound), or the one known without an LP where tighter.
          relaxationBound =
            tierBound(tier, lp.objective, known) ?? boundFromRelaxation(lp.objective, tier.sense, tier.integral);
          if (values && reaches(tier, tierValue(tier, values), relaxationBound)) {
            tierValues.push(tierValue(tier, values));
            held.push(...holdTier(tier, values, k));
            continue;
          }
          if (model.groups && values && remainingNow() > 0.05) {
            const sub = restricted(model, model.groups, [lp.values, values]);
            const incumbent = values;
            const found = await step(
              tier.name,
              'restricted',
              () => modelArrays(sub.model, tier, held),
              (arrays) =>
                inTime(
                  pool.solve({
                    model: arrays,
                    names,
                    start: incumbent,
                    options: { ...mipOptions(remainingNow() * RESTRICTED_SHARE), ...RESTRICTED_SEARCH },
                  }),
                ),
            );
            if (found === null) return stopped(tierBound(tier, null, relaxationBound, known, tier.bestPossible));
            if (found.values && better(tier, tierValue(tier, found.values), tierValue(tier, values)))
              values = found.values;
            if (reaches(tier, tierValue(tier, values), relaxationBound)) {
              tierValues.push(tierValue(tier, values));
              held.push(...holdTier(tier, values, k));
              continue;
            }
          }
        }
        if (remainingNow() <= 0.01) return stopped(tierBound(tier, null, relaxationBound, known, tier.bestPossible));
      }
      const incumbent = values;
      // The hours polish is one LP; every real tier's full search is raced on the cores.
      const result = await step(
        tier.name,
        tier.fixIntegers ? 'polish' : 'full',
        () => modelArrays(model, tier, held, tier.fixIntegers ? (incumbent ?? undefined) : undefined),
        (arrays) => {
          const request = { model: arrays, names, start: incumbent ?? undefined, options: mipOptions(remainingNow()) };
          return inTime(
            tier.fixIntegers ? pool.solve(request) : pool.race(request, tier.sense, (v) => tierValue(tier, v)),
          );
        },
      );
      if (result === null) {
        // The polish only evens out hours: every real tier is proven by now.
        if (tier.fixIntegers && values) return finish('optimal', null, null, null);
        return stopped(
          strategy === 'relaxFirst' ? tierBound(tier, null, relaxationBound, known, tier.bestPossible) : null,
        );
      }
      if (result.status === HIGHS_STATUS.optimal && result.values) {
        values = result.values;
        const value = tierValue(tier, values);
        tierValues.push(value);
        held.push(...holdTier(tier, values, k));
        continue;
      }
      const infeasible =
        result.status === HIGHS_STATUS.infeasible || result.status === HIGHS_STATUS.unboundedOrInfeasible;
      if (infeasible && k === 0) return finish('infeasible', tier.name, null, null);
      // Out of time (or, after the first tier, a numerical hiccup): keep the better of
      // what this tier found and what the earlier tiers proved.
      if (result.values) values = result.values;
      if (tier.fixIntegers && values) return finish('optimal', null, null, null);
      const bound =
        strategy === 'relaxFirst'
          ? tierBound(tier, result.hasSolution ? result.dualBound : null, relaxationBound, known, tier.bestPossible)
          : tierBound(tier, result.hasSolution ? result.dualBound : null, relaxationBound);
      // Rounded, the bound may already meet the incumbent: then the tier is proven after all.
      if (values && bound !== null && !tier.fixIntegers && reaches(tier, tierValue(tier, values), bound)) {
        tierValues.push(tierValue(tier, values));
        held.push(...holdTier(tier, values, k));
        continue;
      }
      return stopped(bound);
    }
    return finish(values ? 'optimal' : 'timeLimit', null, null, null);
  } catch (error) {
    if (signal?.aborted) throw abortReason(signal);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    // A pool ended by an abort or the deadline stays ended; otherwise its idle worker is kept.
    await pool.release();
  }
}
