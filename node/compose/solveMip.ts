import { HIGHS_STATUS, HighsClient } from './highsClient.js';

/**
 * The generic entry point: solve one mixed-integer program written in CPLEX LP format
 * with HiGHS in a worker thread, within a time limit, cancellable by a signal. For other
 * planners' small models (e.g. the development plan); the composer itself runs its tiers
 * through solveComposition.
 */
interface MipRun {
  timeLimitSeconds: number;
  signal?: AbortSignal;
  /** Relative gap at which the search may stop (default 0: proven optimal). */
  relativeGap?: number;
}

interface MipAnswer {
  status: 'optimal' | 'feasible' | 'timeLimit' | 'infeasible';
  objective: number | null;
  /** Best bound on the objective (null when the search did not get that far). */
  bound: number | null;
  /** Column values by the names used in the LP text; null without a solution. */
  values: Record<string, number> | null;
  elapsedMs: number;
}

export async function solveMip(lp: string, names: readonly string[], run: MipRun): Promise<MipAnswer> {
  const { signal } = run;
  if (signal?.aborted) throw signal.reason ?? new DOMException('', 'AbortError');
  const started = performance.now();
  const client = new HighsClient();
  const onAbort = (): void => void client.terminate(new Error('aborted'));
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const result = await client.solve({
      lp,
      names,
      options: { time_limit: Math.max(0.01, run.timeLimitSeconds), mip_rel_gap: run.relativeGap ?? 0 },
    });
    const infeasible =
      result.status === HIGHS_STATUS.infeasible || result.status === HIGHS_STATUS.unboundedOrInfeasible;
    const status = infeasible
      ? 'infeasible'
      : result.status === HIGHS_STATUS.optimal
        ? 'optimal'
        : result.hasSolution
          ? 'feasible'
          : 'timeLimit';
    return {
      status,
      objective: result.objective,
      bound: result.dualBound !== null && Number.isFinite(result.dualBound) ? result.dualBound : result.objective,
      values: result.values ? Object.fromEntries(names.map((name, i) => [name, result.values![i]!])) : null,
      elapsedMs: performance.now() - started,
    };
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? new DOMException('', 'AbortError');
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await client.terminate();
  }
}
