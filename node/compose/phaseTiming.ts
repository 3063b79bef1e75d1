/**
 * Where a composition's time goes, phase by phase (docs/compose.md, "Sixth round: where
 * the median goes"). A phase is one step of the runner: building the model, the greedy
 * start, a tier's relaxation, restricted or full search, the hours polish. For a HiGHS
 * step `solverMs` is the time inside the worker (LP text parsed, model solved), `writeMs`
 * the time spent writing the LP text on the main thread; the rest of its wall time is
 * the worker's start and the messages. `cpuMs` is the process's CPU time (every thread).
 */
export interface PhaseTiming {
  /** The tier the phase belongs to, or '' for the composition's own steps. */
  tier: string;
  phase: string;
  /** Milliseconds since the composition started. */
  startMs: number;
  endMs: number;
  cpuMs: number;
  writeMs: number;
  solverMs: number;
  /** Of solverMs, reading the LP text into HiGHS. */
  parseMs: number;
}

export type PhaseListener = (timing: PhaseTiming) => void;

/** Times `work` as one phase for `listener` (nothing is measured without a listener). */
export async function timedPhase<T>(
  listener: PhaseListener | undefined,
  origin: number,
  tier: string,
  phase: string,
  work: () => Promise<T> | T,
  solverMsOf: (result: T) => { solverMs: number; parseMs: number } = () => ({ solverMs: 0, parseMs: 0 }),
  writeMs = 0,
): Promise<T> {
  if (!listener) return work();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  listener({
    tier,
    phase,
    startMs: start - origin,
    endMs: performance.now() - origin,
    cpuMs: (used.user + used.system) / 1000,
    writeMs,
    ...solverMsOf(result),
  });
  return result;
}
