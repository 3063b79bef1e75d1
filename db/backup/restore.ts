import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/api/entities.js';
import { ApiFailure } from '../../shared/api/result.js';
import { closeConnection } from '../connection.js';
import type { StoreContext } from '../context.js';
import { databasePath } from '../dataDir.js';
import { THING, notFound } from '../service/failures.js';
import { backupFilePath } from './backupFiles.js';
import type { BackupScheduler } from './scheduler.js';
import { syncDir } from './syncDir.js';
import { backupCondition } from './backupCondition.js';
import { message } from '../../shared/i18n/message.js';

interface RestoreDeps {
  ctx: StoreContext;
  dataDir: string;
  nativeBinding?: string;
  scheduler: BackupScheduler;
  /** Opens planner.sqlite again the normal way (checks, migrations) and returns the connection. */
  reopen: () => Database.Database;
  log: (msg: string, err?: unknown) => void;
}

/**
 * Puts a backup back. First the current state is saved as a `beforeRestore` backup, so a
 * restore can itself be undone. The backup is checked before anything is touched. The copy
 * into place goes through SQLite's backup API into a temporary file, which is then renamed
 * over planner.sqlite while no connection is open (a rename is atomic: a crash leaves either
 * the old or the restored file, never a mix).
 */
export async function restoreFromBackup(id: string, deps: RestoreDeps): Promise<BackupInfo> {
  const source = backupFilePath(deps.dataDir, id);
  if (!source || !fs.existsSync(source)) throw notFound(THING.backup, id);
  // Checked afresh, not from the list's cache: this is the last moment before it replaces the data.
  const condition = backupCondition(source, {
    ...(deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}),
    fresh: true,
  });
  if (condition === 'damaged') throw new ApiFailure('storage', message('backupError.damaged'));
  if (condition === 'newer') throw new ApiFailure('storage', message('backupError.newer'));
  await deps.scheduler.whenIdle();
  const safetyCopy = await deps.scheduler.run('beforeRestore');

  const target = databasePath(deps.dataDir);
  const staging = `${target}.restoring`;
  fs.rmSync(staging, { force: true });
  const backup = new Database(source, {
    readonly: true,
    fileMustExist: true,
    ...(deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}),
  });
  try {
    await backup.backup(staging, { progress: () => 1000 });
  } catch (error) {
    fs.rmSync(staging, { force: true });
    throw error;
  } finally {
    backup.close();
  }

  // Everything committed is moved into the main file first; only then is it safe to replace.
  deps.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  closeConnection(deps.ctx.db, deps.log);
  try {
    fs.renameSync(staging, target);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
    syncDir(deps.dataDir);
  } finally {
    // Whether or not the rename worked, the planner must have a connection again.
    deps.ctx.replaceConnection(deps.reopen());
  }
  return safetyCopy;
}
