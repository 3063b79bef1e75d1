import type Database from 'better-sqlite3';
import { migration001 } from './001-initial.js';
import { migration002 } from './002-plan-format-2.js';
import { migration003 } from './003-shared-outbox.js';
import { migration004 } from './004-former-main-scenario-names.js';
import type { Migration } from './types.js';

/**
 * All schema steps, oldest first. To change the schema add `NNN-what.ts` with the next
 * version and list it here; never edit a step that has shipped.
 */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function assertConsecutive(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations: step ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

interface MigrationOutcome {
  from: number;
  to: number;
}

/**
 * Applies every pending step in ONE transaction: either the database reaches the newest
 * version or it stays exactly as it was. `user_version` is written inside the same
 * transaction, so a crash can never leave a half-migrated file that claims a version.
 * Foreign keys are checked before commit because a step may rebuild tables.
 */
export function runMigrations(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): MigrationOutcome {
  assertConsecutive(migrations);
  const from = schemaVersion(db);
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
  if (from > latest) throw new Error(`migrations: database version ${from} is newer than ${latest}`);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    for (const step of pending) {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    }
    const violations = db.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0)
      throw new Error(`migrations: ${violations.length} foreign key violations after migrating`);
  })();
  return { from, to: latest };
}
