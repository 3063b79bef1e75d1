import { ScenarioAnalysisCache } from '../../shared/hr/analysisCache.js';
import type { HrAnalyses, HrInput } from '../../shared/hr/index.js';
import type { HrInputSource } from './readHrInput.js';

export interface HrData {
  input: HrInput;
  analyses: HrAnalyses;
}

/**
 * HR's input and its analyses, kept in the store process between calls. While the
 * source's version stands still (no write since), the screen's filters, the months, the
 * rows it scrolls to and the exports all reuse the same analyses; after a write the input
 * is read again and only the scenarios whose content changed are analysed again. The
 * analyses do not depend on the day, so a new day keeps them too.
 *
 * `warmUpStep` makes them ahead, a slice at a time (see hrWarmUp.ts), so HR's first visit
 * finds them made; a request that comes first analyses what is still missing itself.
 */
export class HrAnalysesStore {
  private readonly cache = new ScenarioAnalysisCache();
  private last: (HrData & { version: string }) | null = null;
  /** What the warm-up read, at the version it read it; a request at that version uses it instead of reading again. */
  private pending: { version: string; input: HrInput } | null = null;

  constructor(private readonly source: HrInputSource) {}

  get(): HrData {
    const version = this.source.version();
    if (this.last?.version === version) return this.last;
    const input = this.pending?.version === version ? this.pending.input : this.source.read();
    this.pending = null;
    const analyses = this.cache.analyse(input);
    this.last = { version, input, analyses };
    return this.last;
  }

  /**
   * One slice of the warm-up: reads the input (the first slice), or analyses scenarios not
   * kept yet for about `sliceMs`; when all are kept, assembles them as `get` would. Says
   * whether to go on: 'more' for another slice, 'done' when the analyses are current,
   * 'written' when the store was written since the input was read (the warm-up then stops;
   * what it analysed stays kept for the next request, which reads afresh).
   */
  warmUpStep(sliceMs: number, clock: () => number): 'more' | 'done' | 'written' {
    const version = this.source.version();
    if (this.last?.version === version) return 'done';
    if (!this.pending) {
      this.pending = { version, input: this.source.read() };
      return 'more';
    }
    if (this.pending.version !== version) {
      this.pending = null;
      return 'written';
    }
    const started = clock();
    if (!this.cache.prepare(this.pending.input, () => clock() - started >= sliceMs)) return 'more';
    this.get();
    return 'done';
  }
}
