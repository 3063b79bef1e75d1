import { HIGHS_STATUS, HighsClient, type StageRequest, type StageResult } from './highsClient.js';
import { WorkerKeeper } from './keptWorker.js';
import { isDecisive, mergeRace } from './raceOutcome.js';

/**
 * The HiGHS workers of one composition, and a portfolio race of them on a tier's full
 * search (docs/compose.md, "A portfolio race on the cores"). The same model can take one
 * search setting half the time of another, and which one wins differs between models, so
 * on two free cores two differently set searches of the same model, the first proof
 * winning, take the faster of the two. Workers share the process's compiled WebAssembly
 * (./highsClient.ts).
 */

/**
 * A composition searches alone unless asked to race (`racers: 2`, `--racers 2` in the
 * bench): on a quiet machine with a free core the race proved the same seeds of 200 x 12
 * as one search, in a median 5.5 s against 5.8 s of wall time for 45 % more CPU, and on a
 * busy one it proved fewer (docs/compose.md, "A portfolio race on the cores"). A team
 * leader's laptop is doing other work too, so one search is the default.
 */
export const DEFAULT_RACERS = 1;

/**
 * What each racer changes in the search's own options. Racer 0 keeps them unchanged, so
 * a race of one is exactly the single search. Racer 1 searches without presolve: on the
 * assignment tier of 200 x 12 pools that proved the optimum in 5.0, 5.1, 9.0 and 16.2 s
 * of CPU where the default took 5.5, 9.7, 11.1 and more than 9.7 s (still open then),
 * while another random seed moved the time both ways (4.9, 7.4 and 15.8 s); without
 * presolve the goal tier was sometimes slower, which the race covers (docs/compose.md).
 */
const RACER_SETTINGS: readonly Readonly<Record<string, number | string>>[] = [{}, { presolve: 'off' }];

/**
 * How long a race waits for the other racers once one stopped at the time limit: what they
 * found by then still counts (better incumbent, tighter bound), later they are cut off.
 */
const LATE_RACER_GRACE_MS = 300;

const MAX_RACERS = RACER_SETTINGS.length;

/** The process's kept worker (./keptWorker.ts): the next composition starts on it. */
const keeper = new WorkerKeeper<HighsClient>();

interface PoolOptions {
  racers: number;
  /** Compile HiGHS afresh in each worker (the bench's earlier runner). */
  freshModule?: boolean;
}

export class HighsPool {
  private readonly slots: (HighsClient | null)[];
  private ended: Error | null = null;

  constructor(private readonly options: PoolOptions) {
    this.slots = Array.from({ length: Math.max(1, Math.min(MAX_RACERS, options.racers)) }, () => null);
  }

  /** One search on one worker (a relaxation, a restricted search, a single full search). */
  solve(request: StageRequest): Promise<StageResult> {
    const living = this.slots.findIndex((client) => client !== null);
    const answer = this.solveOn(living === -1 ? 0 : living, request);
    if (this.slots.length > 1)
      void answer.then(
        // On a later turn: when this was the composition's last search, the runner
        // terminates the pool first, and no worker is started only to be ended.
        () => setTimeout(() => this.standBy(), 0),
        () => undefined,
      );
    return answer;
  }

  /**
   * The same search on every racer, each with its own settings. The first racer to end
   * with a proof wins and the others are terminated at once (a HiGHS run cannot be
   * stopped from inside); when every racer stops without one (time limit), the better
   * incumbent and the tightest bound of all of them are the answer (./raceOutcome.ts).
   */
  race(
    request: StageRequest,
    sense: 'min' | 'max',
    objectiveOf: (values: readonly number[]) => number,
  ): Promise<StageResult> {
    if (this.slots.length === 1)
      return this.solve({ ...request, options: { ...request.options, ...RACER_SETTINGS[0] } });
    const results: StageResult[] = [];
    let open = this.slots.length;
    let settled = false;
    return new Promise((resolve, reject) => {
      this.slots.forEach((_, i) => {
        const options = { ...request.options, ...RACER_SETTINGS[i] };
        this.solveOn(i, { ...request, options }).then(
          (result) => {
            if (settled) return;
            results.push(result);
            open -= 1;
            if (isDecisive(result)) {
              settled = true;
              this.retireAllBut(i);
              resolve(result);
            } else if (open === 0) {
              settled = true;
              resolve(mergeRace(results, sense, objectiveOf));
            } else if (result.status === HIGHS_STATUS.timeLimit) {
              // The others have the same limit and end about now; one that started or
              // parsed later must not keep the user waiting past the composition's limit.
              setTimeout(() => {
                if (settled) return;
                settled = true;
                this.retireAllBut(i);
                resolve(mergeRace(results, sense, objectiveOf));
              }, LATE_RACER_GRACE_MS);
            }
          },
          (error: unknown) => {
            if (settled) return;
            settled = true;
            reject(error);
          },
        );
      });
    });
  }

  /**
   * The composition is over: keeps one idle worker for the process's next composition (never
   * one that compiled HiGHS afresh on purpose, the bench's baseline) and ends the rest.
   */
  async release(): Promise<void> {
    if (!this.ended && !this.options.freshModule) {
      const i = this.slots.findIndex((client) => client !== null && keeper.keep(client));
      if (i !== -1) this.slots[i] = null;
    }
    await this.terminate();
  }

  /** Ends every worker and any search in them; pending searches reject with `reason`. */
  async terminate(reason?: Error): Promise<void> {
    this.ended ??= reason ?? new Error('solverWorkerStopped');
    const clients = this.slots.filter((client): client is HighsClient => client !== null);
    this.slots.fill(null);
    await Promise.all(clients.map((client) => client.terminate(reason)));
  }

  /** Solves on the worker of slot i, started when first needed (or again after it lost a race). */
  private solveOn(i: number, request: StageRequest): Promise<StageResult> {
    if (this.ended) return Promise.reject(this.ended);
    const client =
      this.slots[i] ??
      (this.options.freshModule ? null : keeper.take()) ??
      new HighsClient({ freshModule: this.options.freshModule });
    this.slots[i] = client;
    return client.solve(request);
  }

  /**
   * Starts the racers' workers while the first one works, so a race does not wait for a
   * worker to start and load HiGHS (measured: races ran 1.3-1.9 s past a 10 s limit at
   * load 10 when the second worker started with the race, single searches 0.2-0.5 s).
   * Only after a solve: by then the first worker has shared the compiled WebAssembly,
   * which a worker started earlier would compile again.
   */
  private standBy(): void {
    if (this.ended) return;
    this.slots.forEach((client, i) => {
      if (!client) this.slots[i] = new HighsClient({ freshModule: this.options.freshModule });
    });
  }

  /** The losers of a race are still searching: terminate them, new workers start when needed. */
  private retireAllBut(winner: number): void {
    this.slots.forEach((client, i) => {
      if (i === winner || !client) return;
      this.slots[i] = null;
      void client.terminate(new Error('raceLost'));
    });
  }
}
