/**
 * One idle HiGHS worker kept from a composition for the process's next one, HiGHS already
 * loaded in it: a fresh worker took 170-580 ms to start and load HiGHS before the first
 * step of every 200 x 12 composition (docs/compose.md, "Sixth round: where the median
 * goes"). The app's store process composes again and again; the command line composes
 * once, and a kept worker does not hold its process open (`keepAlive(true)` unrefs it).
 */
export interface KeepableWorker {
  /** Alive and not searching. */
  readonly idle: boolean;
  /** true while it waits to be taken (must not hold the process open), false when in use again. */
  keepAlive(waiting: boolean): void;
}

export class WorkerKeeper<W extends KeepableWorker> {
  private kept: W | null = null;

  /** Keeps `worker` when it is idle and none is kept yet; true when kept (the caller must not end it then). */
  keep(worker: W): boolean {
    if (this.kept !== null || !worker.idle) return false;
    this.kept = worker;
    worker.keepAlive(true);
    return true;
  }

  /** The kept worker, once, if it is still alive and idle (a worker that died while kept is dropped). */
  take(): W | null {
    const worker = this.kept;
    this.kept = null;
    if (!worker?.idle) return null;
    worker.keepAlive(false);
    return worker;
  }
}
