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
 * is read again and only the scenarios whose content changed are analysed again.
 */
export class HrAnalysesStore {
  private readonly cache = new ScenarioAnalysisCache();
  private last: (HrData & { version: string; today: string }) | null = null;

  constructor(private readonly source: HrInputSource) {}

  get(today: string): HrData {
    const version = this.source.version();
    if (this.last?.version === version && this.last.today === today) return this.last;
    const input = this.source.read();
    const analyses = this.cache.analyse(input, today);
    this.last = { version, today, input, analyses };
    return this.last;
  }
}
