import type { BackupInfo } from '../../shared/api/entities.js';
import type { BackupReason } from './backupFiles.js';

/**
 * Decides when automatic backups happen: one at start, then at most one per interval while
 * the user edits. An edit inside the interval is not forgotten: a timer makes the backup
 * when the interval has passed. Backups run one at a time, in the order asked.
 */
export class BackupScheduler {
  private chain: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private lastStartedAt: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly take: (reason: BackupReason) => Promise<BackupInfo>,
    private readonly intervalMs: number,
    private readonly now: () => Date,
    private readonly log: (msg: string, err?: unknown) => void,
  ) {}

  /** Queues a backup; the promise settles when it is written (or failed). */
  run(reason: BackupReason): Promise<BackupInfo> {
    if (this.stopped) return Promise.reject(new Error('backup: the store is closed'));
    this.pending += 1;
    this.lastStartedAt = this.now().getTime();
    const result = this.chain.then(() => this.take(reason));
    this.chain = result.then(
      () => {
        this.pending -= 1;
      },
      () => {
        this.pending -= 1;
      },
    );
    return result;
  }

  /** Automatic backups are best effort: a failure is logged, never thrown at an edit. */
  private runAutomatic(reason: BackupReason): void {
    this.run(reason).catch((error: unknown) => this.log(`backup: automatic ${reason} backup failed`, error));
  }

  start(): void {
    this.runAutomatic('start');
  }

  noteWrite(): void {
    if (this.stopped) return;
    const elapsed = this.lastStartedAt === null ? Infinity : this.now().getTime() - this.lastStartedAt;
    if (elapsed >= this.intervalMs) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.runAutomatic('interval');
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) this.runAutomatic('interval');
    }, this.intervalMs - elapsed);
    this.timer.unref?.();
  }

  get busy(): boolean {
    return this.pending > 0;
  }

  /** Resolves when every queued backup has finished. */
  async whenIdle(): Promise<void> {
    while (this.pending > 0) await this.chain;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
