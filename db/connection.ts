import Database from 'better-sqlite3';

/**
 * The one place that opens a SQLite connection for the planner, and the pragmas that make
 * it safe. Every pragma is set explicitly on every open:
 * - locking_mode=EXCLUSIVE before the first access: the OS file lock is held for as long as
 *   the planner runs, so a second process gets SQLITE_BUSY ("already open") instead of
 *   writing alongside. The OS drops the lock when the process dies (kill -9 included), so
 *   there is no stale lock file to clean up. It also keeps the WAL index in memory (no -shm).
 * - journal_mode=WAL: a crash mid-write leaves the previous commit intact.
 * - synchronous=FULL: better-sqlite3 is built with DEFAULT_WAL_SYNCHRONOUS=1 (NORMAL), which
 *   may lose the last commits on power loss; FULL makes "saved" mean saved.
 * - foreign_keys=ON: off by default in SQLite; the cascades of "forget this person" need it.
 * - secure_delete=ON: freed pages are zeroed, so a deleted person's name does not linger.
 */

export interface ConnectionOptions {
  /** better-sqlite3's `nativeBinding`: the Electron build of the addon. */
  nativeBinding?: string;
  busyTimeoutMs?: number;
  /** Caps the file size in pages; tests use it to simulate a full disk. */
  maxPageCount?: number;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 2000;

/** Opens without touching the file's content yet: only the lock mode is set. */
export function openRawConnection(file: string, options: ConnectionOptions = {}): Database.Database {
  const db = new Database(file, {
    timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS)}`);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Sets the durability and integrity pragmas and checks that SQLite took them. */
export function applySafetyPragmas(db: Database.Database, options: ConnectionOptions = {}): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') throw new Error(`connection: journal_mode is ${String(mode)}, expected wal`);
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  if (options.maxPageCount !== undefined) db.pragma(`max_page_count = ${Math.trunc(options.maxPageCount)}`);
  const synchronous = db.pragma('synchronous', { simple: true });
  const foreignKeys = db.pragma('foreign_keys', { simple: true });
  const secureDelete = db.pragma('secure_delete', { simple: true });
  if (synchronous !== 2 || foreignKeys !== 1 || secureDelete !== 1) {
    throw new Error(
      `connection: pragmas not applied (synchronous=${String(synchronous)}, foreign_keys=${String(foreignKeys)}, secure_delete=${String(secureDelete)})`,
    );
  }
}

/** `PRAGMA optimize` lets SQLite refresh its statistics from the queries of this session. */
export function closeConnection(db: Database.Database, log?: (msg: string, err?: unknown) => void): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
  } catch (error) {
    log?.('connection: PRAGMA optimize failed on close', error);
  }
  db.close();
}

/** `ok` when SQLite finds nothing wrong; otherwise the first problems it reports. */
export function quickCheck(db: Database.Database): string {
  const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).join('; ');
}
