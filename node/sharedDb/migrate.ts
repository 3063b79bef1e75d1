import type { ClientBase } from 'pg';
import { SHARED_MIGRATIONS } from './migrations/index.js';
import type { SharedMigration } from './migrations/types.js';

interface SharedMigrateOutcome {
  from: number;
  to: number;
  applied: string[];
}

// Any constant: two administrators migrating at once wait for each other.
const MIGRATION_LOCK = 7_240_013;

/**
 * Brings the shared database to the newest schema (and creates the group roles) in ONE
 * transaction: it either reaches the newest version or stays as it was. Applying it again
 * changes nothing. Runs as the administrator, never as a planner user.
 */
export async function migrateSharedDb(
  client: ClientBase,
  migrations: readonly SharedMigration[] = SHARED_MIGRATIONS,
): Promise<SharedMigrateOutcome> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE SCHEMA IF NOT EXISTS wtp');
    await client.query(`CREATE TABLE IF NOT EXISTS wtp.schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const current = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM wtp.schema_migrations',
    );
    const from = current.rows[0]?.version ?? 0;
    const pending = migrations.filter((m) => m.version > from);
    for (const step of pending) {
      await client.query(step.sql);
      await client.query('INSERT INTO wtp.schema_migrations (version, name) VALUES ($1, $2)', [
        step.version,
        step.name,
      ]);
    }
    await client.query('COMMIT');
    return { from, to: pending.at(-1)?.version ?? from, applied: pending.map((m) => m.name) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
