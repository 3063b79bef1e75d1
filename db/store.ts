import type { ApiHandlers } from '../shared/api/contract.js';
import { ApiFailure } from '../shared/api/result.js';
import { madeLater, noteRestored, pruneBackups } from './backup/backupFiles.js';
import { restoreFromBackup } from './backup/restore.js';
import { BackupScheduler } from './backup/scheduler.js';
import { onlineBackup } from './backup/takeBackup.js';
import { closeConnection } from './connection.js';
import { StoreContext } from './context.js';
import { StoreOpenError, isDiskFull, isReadOnly, openMessages } from './errors.js';
import { openDatabase, type Notice } from './openDatabase.js';
import { syncBuiltInCatalogueOnce } from './catalogueVersion.js';
import { seedSample } from './sample.js';
import { SharedOutbox } from './shared/sharedOutbox.js';
import type { SharedSyncPort } from './shared/sharedSyncPort.js';
import { ComposeJobs } from './service/composeJobs.js';
import { HrAnalysesStore } from './export/hrAnalyses.js';
import { HR_WARM_UP_DEFAULTS, startHrWarmUp } from './export/hrWarmUp.js';
import { localHrSource } from './export/readHrInput.js';
import { createHandlers } from './service/index.js';
import { wrapHandlers } from './service/wrapHandlers.js';
import { message } from '../shared/i18n/message.js';
import { localToday } from '../shared/domain/today.js';

export interface OpenStoreOptions {
  dataDir: string;
  appVersion: string;
  /** better-sqlite3's `nativeBinding` option, for the Electron build of the addon. */
  nativeBinding?: string;
  /** Write the sample neighbourhood on first run (no database file yet). Default true. */
  seedSample?: boolean;
  /** Automatic backups at most this often while editing. Default 10. */
  backupIntervalMinutes?: number;
  now?: () => Date;
  log?: (msg: string, err?: unknown) => void;
  /** Caps the database size in pages (4 KiB each). For tests that simulate a full disk. */
  maxPageCount?: number;
  /** The host's connection to the shared database (node/sharedDb/sharedSync.ts), when it runs one. */
  sharedSync?: SharedSyncPort;
  /**
   * HR's analyses made in idle time after the open (db/export/hrWarmUp.ts; by default
   * from 500 ms after it, in slices of about 15 ms); false leaves them to HR's first
   * request (the bench measures both).
   */
  hrWarmUp?: { delayMs?: number; sliceMs?: number } | false;
}

export interface PlannerStore {
  readonly handlers: ApiHandlers;
  readonly dataDir: string;
  /** The queue of publishes to the shared database, which the host drains (node/sharedDb/drainOutbox.ts). */
  readonly sharedOutbox: SharedOutbox;
  /** Resolves when every queued backup has been written (tests and a clean shutdown use it). */
  whenIdle(): Promise<void>;
  close(): void;
}

const DEFAULT_BACKUP_INTERVAL_MINUTES = 10;

/** Opens (or creates) the planner's database in `dataDir`. Throws StoreOpenError. */
export function openPlannerStore(options: OpenStoreOptions): PlannerStore {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((msg: string, err?: unknown) => console.error(msg, err ?? ''));
  const connectionOptions = {
    dataDir: options.dataDir,
    now,
    log,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.maxPageCount !== undefined ? { maxPageCount: options.maxPageCount } : {}),
  };

  function prepare(ctx: StoreContext, firstRun: boolean): void {
    try {
      ctx.db.transaction(() => {
        syncBuiltInCatalogueOnce(ctx);
        if (firstRun && options.seedSample !== false) seedSample(ctx);
      })();
    } catch (error) {
      closeConnection(ctx.db, log);
      if (isDiskFull(error)) throw openMessages.diskFull(options.dataDir, error);
      if (isReadOnly(error)) throw openMessages.readOnly(options.dataDir, error);
      throw openMessages.unreadable(options.dataDir, error);
    }
  }

  const opened = openDatabase(connectionOptions);
  let notice: Notice | null = opened.notice;
  const ctx = new StoreContext(opened.db, now);
  prepare(ctx, opened.created);

  let closed = false;
  let restoring = false;
  const intervalMs = (options.backupIntervalMinutes ?? DEFAULT_BACKUP_INTERVAL_MINUTES) * 60_000;
  const backupTarget = {
    dataDir: options.dataDir,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  };
  const scheduler = new BackupScheduler(
    async (reason) => {
      const info = await onlineBackup(ctx.db, backupTarget, now(), reason);
      pruneBackups(options.dataDir, now());
      return info;
    },
    intervalMs,
    now,
    log,
  );
  ctx.afterWrite = () => scheduler.noteWrite();

  async function restore(id: string) {
    restoring = true;
    try {
      // The drain writes into the outbox; it waits while the file is replaced under it.
      const replaceFile = () =>
        restoreFromBackup(id, {
          ctx,
          ...backupTarget,
          scheduler,
          log,
          reopen: () => {
            const reopened = openDatabase(connectionOptions);
            const next = new StoreContext(reopened.db, now);
            prepare(next, false);
            return reopened.db;
          },
        });
      const safetyCopy = await (options.sharedSync ? options.sharedSync.paused(replaceFile) : replaceFile());
      // The notice ("the file was damaged, restore a backup") has been acted upon, unless the
      // backup brought back is newer than the one it names: made after the damage, of the
      // fresh empty file, so the way back to the good one must stay in view.
      noteRestored(options.dataDir, id);
      const named = notice?.latestBackupId;
      if (!named || !madeLater(id, named)) notice = null;
      return safetyCopy;
    } finally {
      restoring = false;
    }
  }

  // Running solves belong to this store: closing it stops them (their worker threads too).
  const composeJobs = new ComposeJobs();
  const localHr = new HrAnalysesStore(localHrSource(ctx));
  const handlers = wrapHandlers(
    createHandlers(
      ctx,
      { appVersion: options.appVersion, dataDir: options.dataDir, notice: () => notice },
      { ...backupTarget, scheduler, restore, log },
      composeJobs,
      options.sharedSync,
      localHr,
    ),
    {
      log,
      unavailable: () => {
        if (closed) {
          return new ApiFailure('storage', message('storage.closed'));
        }
        if (restoring) {
          return new ApiFailure('storage', message('storage.restoring'));
        }
        return null;
      },
    },
  );

  scheduler.start();
  const stopHrWarmUp =
    options.hrWarmUp === false
      ? () => {}
      : startHrWarmUp(localHr, { ...HR_WARM_UP_DEFAULTS, ...options.hrWarmUp, today: () => localToday(now()), log });

  return {
    handlers,
    dataDir: options.dataDir,
    sharedOutbox: new SharedOutbox(ctx),
    whenIdle: () => scheduler.whenIdle(),
    close() {
      if (closed) return;
      closed = true;
      stopHrWarmUp();
      composeJobs.cancelAll();
      scheduler.stop();
      closeConnection(ctx.db, log);
    },
  };
}

export { StoreOpenError };
