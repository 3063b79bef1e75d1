import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/api/entities.js';
import { quickCheck } from '../connection.js';
import { backupDir, newBackupName, type BackupReason } from './backupFiles.js';
import { syncDir } from './syncDir.js';

/**
 * Making a backup never copies the live file: SQLite's online backup API (better-sqlite3's
 * `db.backup`) copies a consistent snapshot through the open connection. The copy is
 * written under a `.partial` name, turned into a self-contained file (rollback journal, no
 * -wal needed), checked, and only then renamed into place, so a listed backup is always whole.
 */

interface BackupTarget {
  dataDir: string;
  nativeBinding?: string;
}

function prepareTarget(target: BackupTarget, date: Date, reason: BackupReason) {
  fs.mkdirSync(backupDir(target.dataDir), { recursive: true });
  const name = newBackupName(target.dataDir, date, reason);
  const finalPath = path.join(backupDir(target.dataDir), name);
  return { name, finalPath, partialPath: `${finalPath}.partial` };
}

function finish(
  target: BackupTarget,
  partialPath: string,
  finalPath: string,
  name: string,
  date: Date,
  reason: BackupReason,
): BackupInfo {
  const copy = new Database(partialPath, target.nativeBinding ? { nativeBinding: target.nativeBinding } : {});
  try {
    copy.pragma('journal_mode = DELETE');
    const check = quickCheck(copy);
    if (check !== 'ok') throw new Error(`backup: the new backup failed its check: ${check}`);
  } finally {
    copy.close();
  }
  fs.renameSync(partialPath, finalPath);
  syncDir(path.dirname(finalPath));
  return {
    id: name,
    createdAt: date.toISOString(),
    sizeBytes: fs.statSync(finalPath).size,
    reason,
    removal: null,
    condition: 'usable',
  };
}

/** The normal way: asynchronous, the planner stays usable while pages are copied. */
export async function onlineBackup(
  db: Database.Database,
  target: BackupTarget,
  date: Date,
  reason: BackupReason,
): Promise<BackupInfo> {
  const { name, finalPath, partialPath } = prepareTarget(target, date, reason);
  try {
    // 1000 pages (4 MB) per step: a planner database is done in one or two steps.
    await db.backup(partialPath, { progress: () => 1000 });
    return finish(target, partialPath, finalPath, name, date, reason);
  } catch (error) {
    fs.rmSync(partialPath, { force: true });
    throw error;
  }
}

/**
 * Synchronous, for the one moment the planner cannot wait: just before migrating, while
 * opening. `VACUUM INTO` is SQLite's own consistent copy through the connection.
 */
export function backupNow(db: Database.Database, target: BackupTarget, date: Date, reason: BackupReason): BackupInfo {
  const { name, finalPath, partialPath } = prepareTarget(target, date, reason);
  try {
    db.prepare('VACUUM INTO ?').run(partialPath);
    return finish(target, partialPath, finalPath, name, date, reason);
  } catch (error) {
    fs.rmSync(partialPath, { force: true });
    throw error;
  }
}
