import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { AppInfo } from '../shared/api/entities.js';
import { removePartialBackups } from './backup/backupFiles.js';
import { backupNow } from './backup/takeBackup.js';
import {
  applySafetyPragmas,
  DEFAULT_BUSY_TIMEOUT_MS,
  openRawConnection,
  quickCheck,
  type ConnectionOptions,
} from './connection.js';
import { databasePath } from './dataDir.js';
import { StoreOpenError, isBusy, isCorrupt, isDiskFull, isReadOnly, openMessages } from './errors.js';
import { moveAside, noticeForMovedAside } from './moveAside.js';
import { MIGRATIONS, runMigrations, schemaVersion } from './migrations/index.js';
import type { Migration } from './migrations/types.js';

/**
 * Opening, in the order that never loses data:
 * 1. the data directory must exist and be writable (else `readOnly`);
 * 2. a read-only look first (version and `quick_check`), while another process's lock
 *    already answers `alreadyOpen`: a file from a newer version is refused, and a file that is
 *    not SQLite or fails the check is renamed aside - both before anything is written to them;
 *    after a move aside a fresh file is started and the user gets a notice and the latest good backup;
 * 3. the read-write connection takes the exclusive lock and sets the safety pragmas;
 * 4. a backup before migrating; all pending migrations in one transaction.
 */

export type Notice = NonNullable<AppInfo['notice']>;

interface OpenDatabaseOptions extends ConnectionOptions {
  dataDir: string;
  now: () => Date;
  log: (msg: string, err?: unknown) => void;
  migrations?: readonly Migration[];
}

interface OpenedDatabase {
  db: Database.Database;
  /** The file had no schema yet (new, or its first start never finished): a first run. */
  created: boolean;
  notice: Notice | null;
  migratedFrom: number;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function hasSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

/** The folder and, when they exist, the database and its log must be writable (SQLite would fail later and vaguer). */
function ensureWritableDir(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
    for (const file of [databasePath(dataDir), `${databasePath(dataDir)}-wal`]) {
      if (fs.existsSync(file)) fs.accessSync(file, fs.constants.W_OK);
    }
  } catch (error) {
    if (isDiskFull(error)) throw openMessages.diskFull(dataDir, error);
    throw openMessages.readOnly(dataDir, error);
  }
}

function translateOpenError(error: unknown, dataDir: string): StoreOpenError {
  if (error instanceof StoreOpenError) return error;
  if (isBusy(error)) return openMessages.alreadyOpen(dataDir);
  if (isDiskFull(error)) return openMessages.diskFull(dataDir, error);
  if (isReadOnly(error)) return openMessages.readOnly(dataDir, error);
  return openMessages.unreadable(dataDir, error);
}

class DamagedFile extends Error {}

/**
 * Looks at an existing file through a read-only connection first: its version and
 * `quick_check`. A read-write connection would, on closing, checkpoint the write-ahead log
 * into the file - touching a file we are about to refuse (newer version) or move aside
 * (damaged). Returns version 0 for a file that does not exist yet.
 */
function probeFile(file: string, options: OpenDatabaseOptions): { version: number; check: string } {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return { version: 0, check: 'ok' };
  const probe = new Database(file, {
    readonly: true,
    fileMustExist: true,
    timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    const version = schemaVersion(probe);
    return { version, check: quickCheck(probe) };
  } finally {
    probe.close();
  }
}

function openExisting(file: string, options: OpenDatabaseOptions): { db: Database.Database; migratedFrom: number } {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  let probe: { version: number; check: string };
  try {
    probe = probeFile(file, options);
  } catch (error) {
    if (isCorrupt(error)) throw new DamagedFile(error instanceof Error ? error.message : 'damaged');
    throw error;
  }
  if (probe.version > latest) throw openMessages.newerVersion(probe.version, latest);
  if (probe.check !== 'ok') throw new DamagedFile(probe.check);
  const db = openRawConnection(file, options);
  try {
    const version = schemaVersion(db);
    if (version > latest) throw openMessages.newerVersion(version, latest);
    applySafetyPragmas(db, options);
    if (version > 0 && version < latest) backupNow(db, options, options.now(), 'beforeMigration');
    runMigrations(db, migrations);
    return { db, migratedFrom: version };
  } catch (error) {
    db.close();
    if (isCorrupt(error)) throw new DamagedFile(error instanceof Error ? error.message : 'damaged');
    throw error;
  }
}

/**
 * Files a crash can leave behind: half-written backups, and the staging copy of a restore
 * interrupted before its rename (the live file was never touched). Only removed once we
 * hold the lock, so they are never another running planner's work in progress.
 */
function removeLeftovers(dataDir: string): void {
  removePartialBackups(dataDir);
  fs.rmSync(`${databasePath(dataDir)}.restoring`, { force: true });
}

export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const { dataDir } = options;
  ensureWritableDir(dataDir);
  const file = databasePath(dataDir);
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  let notice: Notice | null = null;
  try {
    if (existed && !hasSqliteHeader(file)) {
      const movedTo = moveAside(file, options.now());
      notice = noticeForMovedAside(movedTo, dataDir, options.nativeBinding);
      options.log(`Gegevensbestand ${file} is geen SQLite-bestand; verplaatst naar ${movedTo}`);
    }
    try {
      const { db, migratedFrom } = openExisting(file, options);
      removeLeftovers(dataDir);
      return { db, created: migratedFrom === 0 && notice === null, notice, migratedFrom };
    } catch (error) {
      if (!(error instanceof DamagedFile)) throw error;
      // The path it went to is the one thing support needs from this line (the host's other lines are Dutch too).
      const movedTo = moveAside(file, options.now());
      options.log(`Gegevensbestand ${file} is beschadigd (${error.message}); verplaatst naar ${movedTo}`);
      notice = noticeForMovedAside(movedTo, dataDir, options.nativeBinding);
      const { db } = openExisting(file, options);
      removeLeftovers(dataDir);
      return { db, created: false, notice, migratedFrom: 0 };
    }
  } catch (error) {
    throw translateOpenError(error, dataDir);
  }
}
