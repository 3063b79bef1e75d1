import { Worker } from 'node:worker_threads';
import type { MipConstraint } from '../../shared/compose/mip.js';

/**
 * The main thread's side of ./highsWorker.mjs: one worker, one model, one run at a time. A solve
 * cannot be interrupted from inside (HiGHS blocks its thread until it ends or hits its
 * time limit), so `terminate()` ends the worker, and with it the solve, at once.
 */
export interface TierRequest {
  sense: 'max' | 'min';
  /** Objective coefficient of every variable, in the model's variable order. */
  costs: readonly number[];
  /** Rows to add before this run (they hold earlier tiers); they stay for later tiers. */
  holds: readonly MipConstraint[];
  /** Fix every integer variable (indices in `integers`) at these values first. */
  fix?: readonly number[];
  integers: readonly number[];
  /** HiGHS options, e.g. time_limit, mip_rel_gap. */
  options: Readonly<Record<string, number | string | boolean>>;
  /** Starting solution in the model's variable order. */
  start?: readonly number[];
}

export interface StageResult {
  /** HiGHS model status code (highs.constants.modelStatus). */
  status: number;
  hasSolution: boolean;
  objective: number | null;
  dualBound: number | null;
  gap: number | null;
  values: number[] | null;
  elapsedMs: number;
}

/** HiGHS model status codes used here (see node_modules/highs/types.d.ts, ModelStatusCode). */
export const HIGHS_STATUS = { optimal: 7, infeasible: 8, unboundedOrInfeasible: 9, timeLimit: 13, interrupt: 15 } as const;

export class HighsClient {
  private readonly worker = new Worker(new URL('./highsWorker.mjs', import.meta.url));
  private next = 0;
  private pending = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
  private ended: Error | null = null;

  constructor() {
    this.worker.on('message', (message: { id: number; ok: boolean; result?: unknown; error?: string }) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!waiting) return;
      if (message.ok) waiting.resolve(message.result);
      else waiting.reject(new Error(message.error));
    });
    this.worker.on('error', (error) => this.fail(error));
    // Error messages here are codes for developers; users see statuses and catalogue texts.
    this.worker.on('exit', () => this.fail(new Error('solverWorkerStopped')));
  }

  /** Parses the model once; `names` fixes the variable order of every later message. */
  load(lp: string, names: readonly string[]): Promise<unknown> {
    return this.send({ type: 'load', lp, names });
  }

  solveTier(request: TierRequest): Promise<StageResult> {
    return this.send({ type: 'tier', ...request }) as Promise<StageResult>;
  }

  private send(message: Record<string, unknown>): Promise<unknown> {
    if (this.ended) return Promise.reject(this.ended);
    const id = (this.next += 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  /** Ends the worker and any solve in it; pending solves are rejected with `reason`. */
  async terminate(reason: Error = new Error('solverWorkerStopped')): Promise<void> {
    this.fail(reason);
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    if (!this.ended) this.ended = error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
