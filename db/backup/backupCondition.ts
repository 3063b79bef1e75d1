import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/api/entities.js';
import { quickCheck } from '../connection.js';
import { LATEST_SCHEMA_VERSION } from '../migrations/index.js';

/**
 * Whether a backup file can be put back: the one check the backups list, a restore and the
 * start notice after damage (db/moveAside.ts) all use, so the list never offers a restore
 * that would then be refused. `damaged`: it does not open, is no planner file, or fails
 * quick_check (truncated, overwritten, not SQLite at all). `newer`: a newer version of the
 * planner wrote it (its schema is beyond what this version knows), so opening it here
 * could not migrate it back.
 */
type BackupCondition = BackupInfo['condition'];

interface Checked {
  sizeBytes: number;
  mtimeMs: number;
  condition: BackupCondition;
}

// Opening and checking every backup each time the list opens would read them all from disk;
// a file whose size and modification time are unchanged has not been written since.
const checked = new Map<string, Checked>();

function check(file: string, nativeBinding?: string): BackupCondition {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) return 'newer';
    return version >= 1 && quickCheck(db) === 'ok' ? 'usable' : 'damaged';
  } catch {
    return 'damaged';
  } finally {
    db?.close();
  }
}

/**
 * The condition of a backup file, from the cache while its size and modification time are
 * unchanged. `fresh` checks the file anyway: a restore is the last gate before the file
 * replaces the user's data, and damage need not change the size or the time.
 */
export function backupCondition(
  file: string,
  options: { nativeBinding?: string; fresh?: boolean } = {},
): BackupCondition {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    checked.delete(file);
    return 'damaged';
  }
  const cached = checked.get(file);
  if (!options.fresh && cached && cached.sizeBytes === stat.size && cached.mtimeMs === stat.mtimeMs) {
    return cached.condition;
  }
  const condition = check(file, options.nativeBinding);
  checked.set(file, { sizeBytes: stat.size, mtimeMs: stat.mtimeMs, condition });
  return condition;
}

/** Forgets the files no longer listed, so the cache stays as small as the backups folder. */
export function forgetOtherBackups(files: ReadonlySet<string>): void {
  for (const file of checked.keys()) if (!files.has(file)) checked.delete(file);
}
