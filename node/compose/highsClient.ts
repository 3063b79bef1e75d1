import { Worker } from 'node:worker_threads';
import type { ModelArrays } from '../../shared/compose/modelArrays.js';
import type { KeepableWorker } from './keptWorker.js';
import { highsWorkerLocation } from './workerLocation.js';

/**
 * The main thread's side of ./highsWorker.mjs: one worker, one solve at a time. A solve
 * cannot be interrupted from inside (HiGHS blocks its thread until it ends or hits its
 * time limit), so `terminate()` ends the worker, and with it the solve, at once.
 */
export interface StageRequest {
  /** The model as LP text (solveMip's callers), or as arrays (the composer, no text to write or parse). */
  lp?: string;
  model?: ModelArrays;
  /** HiGHS options, e.g. time_limit, mip_rel_gap. */
  options: Readonly<Record<string, number | string | boolean>>;
  /** Variable names in the model's order: the order of `start` and of the returned values. */
  names: readonly string[];
  start?: ArrayLike<number>;
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
  /** Of elapsedMs, the time to read the LP text and set the start, before HiGHS ran (absent from older workers). */
  parsedMs?: number;
}

/** HiGHS model status codes used here (see node_modules/highs/types.d.ts, ModelStatusCode). */
export const HIGHS_STATUS = {
  optimal: 7,
  infeasible: 8,
  unboundedOrInfeasible: 9,
  timeLimit: 13,
  interrupt: 15,
} as const;

/**
 * HiGHS's compiled WebAssembly, shared by every worker of this process once the first has
 * compiled it: optimised machine code is shared with it, so later solves start fast.
 */
let sharedModule: WebAssembly.Module | null = null;

interface ClientOptions {
  /** Compile HiGHS afresh in this worker instead of sharing the process's module (the bench's baseline). */
  freshModule?: boolean;
}

interface WorkerMessage {
  id: number;
  ok: boolean;
  result?: StageResult;
  error?: string;
  wasmModule?: WebAssembly.Module;
}

export class HighsClient implements KeepableWorker {
  private readonly worker: Worker;
  private readonly wantModule: boolean;
  private next = 0;
  private pending = new Map<number, { resolve: (r: StageResult) => void; reject: (e: Error) => void }>();
  private ended: Error | null = null;

  constructor(options: ClientOptions = {}) {
    const module = options.freshModule ? null : sharedModule;
    this.wantModule = !options.freshModule && module === null;
    this.worker = new Worker(
      // In the bundled desktop main process import.meta.url is empty and __dirname is the bundle's folder.
      highsWorkerLocation(import.meta.url, typeof __dirname === 'string' ? __dirname : undefined),
      { workerData: { wasmModule: module } },
    );
    this.worker.on('message', (message: WorkerMessage) => {
      if (message.wasmModule) sharedModule ??= message.wasmModule;
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!waiting) return;
      if (message.ok) waiting.resolve(message.result!);
      else waiting.reject(new Error(message.error));
    });
    this.worker.on('error', (error) => this.fail(error));
    // Error messages here are codes for developers; users see statuses and catalogue texts.
    this.worker.on('exit', () => this.fail(new Error('solverWorkerStopped')));
  }

  solve(request: StageRequest): Promise<StageResult> {
    if (this.ended) return Promise.reject(this.ended);
    const id = (this.next += 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({
        id,
        lp: request.lp,
        model: request.model,
        options: request.options,
        names: request.names,
        start: request.start ? Array.from(request.start) : undefined,
        wantModule: this.wantModule && id === 1,
      });
    });
  }

  /** Alive and not searching: may be kept for the process's next composition. */
  get idle(): boolean {
    return this.ended === null && this.pending.size === 0;
  }

  /**
   * Kept between compositions (./keptWorker.ts): a kept worker must not hold the process
   * open (a command-line run ends when its work does), so it is unref'd while it waits
   * and ref'd again when a composition takes it.
   */
  keepAlive(waiting: boolean): void {
    if (waiting) this.worker.unref();
    else this.worker.ref();
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
