import type { ComposePoll, ComposeStage } from '../../shared/api/composeSchemas.js';
import type { Message } from '../../shared/i18n/message.js';

type ComposeOutcome = NonNullable<ComposePoll['result']>;

interface Job {
  id: string;
  scenarioId: string;
  startedAt: number;
  endedAt: number | null;
  state: ComposePoll['state'];
  stage: ComposeStage;
  result?: ComposeOutcome;
  error?: Message;
  controller: AbortController;
  /** "Nu afronden": the solver answers at once with what it has (the job then ends as done). */
  wrapUp: AbortController;
}

/** A finished job is kept this long, so a poll that comes late still gets its answer. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

/**
 * The compose jobs of this store, in memory only: at most one running job per scenario
 * (a second "Stel samen" on the same scenario is refused), finished jobs kept briefly.
 * A solve is minutes at most, so nothing here needs to survive a restart.
 */
export class ComposeJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  runningFor(scenarioId: string): Job | undefined {
    return [...this.jobs.values()].find((j) => j.scenarioId === scenarioId && j.state === 'running');
  }

  add(id: string, scenarioId: string): Job {
    this.prune();
    const job: Job = {
      id,
      scenarioId,
      startedAt: this.now(),
      endedAt: null,
      state: 'running',
      stage: 'preparing',
      controller: new AbortController(),
      wrapUp: new AbortController(),
    };
    this.jobs.set(id, job);
    return job;
  }

  get(id: string): Job | undefined {
    this.prune();
    return this.jobs.get(id);
  }

  setStage(job: Job, stage: ComposeStage): void {
    if (job.state === 'running') job.stage = stage;
  }

  finish(job: Job, end: { state: 'done'; result: ComposeOutcome } | { state: 'failed'; error: Message }): void {
    // A cancelled job stays cancelled, even when the solver's answer arrives afterwards.
    if (job.state !== 'running') return;
    job.endedAt = this.now();
    job.state = end.state;
    if (end.state === 'done') job.result = end.result;
    else job.error = end.error;
  }

  cancel(job: Job): void {
    if (job.state !== 'running') return;
    job.state = 'cancelled';
    job.endedAt = this.now();
    job.controller.abort();
  }

  /** Asks a running solve for its best answer now; it still ends through `finish`. */
  wrapUp(job: Job): void {
    if (job.state === 'running') job.wrapUp.abort();
  }

  poll(job: Job): ComposePoll {
    const elapsedMs = Math.round((job.endedAt ?? this.now()) - job.startedAt);
    return {
      state: job.state,
      elapsedMs,
      ...(job.state === 'running' ? { stage: job.stage } : {}),
      ...(job.result ? { result: job.result } : {}),
      ...(job.error ? { error: job.error } : {}),
    };
  }

  /** Stops every running solve (the store is closing). */
  cancelAll(): void {
    for (const job of this.jobs.values()) this.cancel(job);
  }

  private prune(): void {
    const now = this.now();
    for (const [id, job] of this.jobs) {
      if (job.endedAt !== null && now - job.endedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
    }
  }
}
