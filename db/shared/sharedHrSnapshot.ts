import { ApiFailure } from '../../shared/api/result.js';
import type { HrInput } from '../../shared/hr/index.js';
import { message } from '../../shared/i18n/message.js';
import type { HrInputSource } from '../export/readHrInput.js';

/**
 * The last read of the shared database, kept in the store process so that HR's summary,
 * the explanations of the rows in view and the exports all compute from the same read
 * as the local source does from this computer's file (db/service/hrHandlers.ts). Reading
 * the server is asynchronous and deliberate ("Vernieuwen", choosing the source), so the
 * read itself is `shared.hrPull`; this holder only hands its result to HR's cache.
 */
export class SharedHrSnapshot {
  private last: { input: HrInput; pulledAt: string; read: number } | null = null;
  private reads = 0;

  set(input: HrInput, pulledAt: string): void {
    this.reads += 1;
    this.last = { input, pulledAt, read: this.reads };
  }

  /** HR's source over the last read; each new read is a new version, so the cache analyses it afresh. */
  source(): HrInputSource {
    return {
      version: () => (this.last ? `shared:${this.last.read}` : 'shared:none'),
      read: () => {
        if (!this.last) throw new ApiFailure('conflict', message('sharing.hr.notPulled'));
        return this.last.input;
      },
    };
  }
}
