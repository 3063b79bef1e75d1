import { randomUUID } from 'node:crypto';
import { ApiFailure } from '../../shared/api/result.js';
import type { HrExportFile, HrExportPoll } from '../../shared/hr/apiSchemas.js';
import { message, type Message } from '../../shared/i18n/message.js';

interface Job {
  state: HrExportPoll['state'];
  done: number;
  total: number;
  file?: HrExportFile;
  error?: Message;
  endedAt: number | null;
}

/** A finished export waits this long for its poll; after that the file is dropped (it can be large). */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

/**
 * HR exports written in the store process while the screen polls for their progress (the
 * pattern of the compose jobs). In memory only: an export takes seconds, and a file that
 * has been handed over is forgotten at once.
 */
export class HrExportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  start(write: (progress: (done: number, total: number) => void) => Promise<HrExportFile>): string {
    this.prune();
    const id = randomUUID();
    const job: Job = { state: 'running', done: 0, total: 1, endedAt: null };
    this.jobs.set(id, job);
    write((done, total) => {
      job.done = done;
      job.total = Math.max(1, total);
    }).then(
      (file) => Object.assign(job, { state: 'done', file, endedAt: this.now() }),
      (error: unknown) =>
        Object.assign(job, {
          state: 'failed',
          error: error instanceof ApiFailure ? error.text : message('hrScale.exportFailed'),
          endedAt: this.now(),
        }),
    );
    return id;
  }

  poll(id: string): HrExportPoll {
    this.prune();
    const job = this.jobs.get(id);
    if (!job) throw new ApiFailure('notFound', message('hrScale.exportJobGone'));
    if (job.state === 'running') return { state: 'running', done: job.done, total: job.total };
    this.jobs.delete(id);
    return job.state === 'done' ? { state: 'done', file: job.file! } : { state: 'failed', error: job.error! };
  }

  private prune(): void {
    const now = this.now();
    for (const [id, job] of this.jobs) {
      if (job.endedAt !== null && now - job.endedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
    }
  }
}
