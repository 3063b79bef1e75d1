import { performance } from 'node:perf_hooks';
import type { HrAnalysesStore } from './hrAnalyses.js';

interface HrWarmUpOptions {
  /** Wait this long after the store opened: the board's own first requests go first. */
  delayMs: number;
  /** About how long one slice analyses before it lets the event loop answer requests. */
  sliceMs: number;
  /** The user's day, for the summary made ahead (the screen asks for its own day; the same on this computer). */
  today: () => string;
  log: (msg: string, err?: unknown) => void;
}

export const HR_WARM_UP_DEFAULTS = { delayMs: 500, sliceMs: 15 } as const;

/**
 * Makes HR's analyses in idle time right after the store opened, so HR's first visit
 * reads a summary instead of analysing every team while the user waits. Runs in slices
 * (`setImmediate` between them, so requests and I/O are answered in between); a write
 * meanwhile makes it read afresh and go on (HrAnalysesStore.warmUpStep); stops when the
 * analyses are made, when the store is written over and over meanwhile (the next HR
 * request reads afresh and reuses what was analysed), on `cancel` (the store closes) and
 * on any error: HR's requests compute whatever is missing themselves, so a warm-up that
 * stops early only costs time, never a wrong answer. Returns the cancel function.
 */
export function startHrWarmUp(analyses: HrAnalysesStore, options: HrWarmUpOptions): () => void {
  let cancelled = false;
  let immediate: NodeJS.Immediate | null = null;
  const step = () => {
    immediate = null;
    if (cancelled) return;
    let next: ReturnType<HrAnalysesStore['warmUpStep']>;
    try {
      next = analyses.warmUpStep(options.sliceMs, () => performance.now(), options.today());
    } catch (error) {
      options.log('HR: analyses ahead of time stopped', error);
      return;
    }
    if (next !== 'more') return;
    // Referenced, unlike the first timer: Node does not wake its event loop for an
    // unreferenced immediate, so slices would wait for unrelated I/O (seconds apart).
    immediate = setImmediate(step);
  };
  // Unreferenced: a warm-up that has not started never keeps a process alive that has nothing else to do.
  const timer = setTimeout(step, options.delayMs).unref();
  return () => {
    cancelled = true;
    clearTimeout(timer);
    if (immediate) clearImmediate(immediate);
  };
}
