import type Database from 'better-sqlite3';
import type { StoreContext } from '../context.js';

/**
 * What was written since HR last read, kept by the connection itself: temporary triggers
 * (they live in the connection's temp schema, never in the data file, so no migration)
 * note in `temp.hr_changes` which team, scenario or person every insert, update or delete
 * of HR's input touched, or 'all' for the catalogue and the team roles (they change every
 * plan's columns and roles). This process is the only writer of the file (it holds the
 * lock) and every write goes through this connection, so nothing can change HR's input
 * without a note: a rolled-back write takes its note back with it, a restore gets a new
 * connection (and a full read). One row per changed thing, renewed on every change, so
 * the log stays as small as the data and its highest `seq` only grows.
 */

export type HrChange = { kind: 'all'; id: '' } | { kind: 'team' | 'scenario' | 'person'; id: string };

/** The scenario a function belongs to; none when the function itself is gone (its own trigger noted the scenario). */
const scenarioOfFunction = (column: string) => `SELECT 'scenario', scenario_id FROM functions WHERE id = ${column}`;

/** Per table: what a changed row means for HR, for the row before (OLD) and after (NEW) the change. */
const NOTES: Record<string, (row: 'OLD' | 'NEW') => string> = {
  competencies: () => `SELECT 'all', ''`,
  team_roles: () => `SELECT 'all', ''`,
  teams: (row) => `SELECT 'team', ${row}.id`,
  // A scenario's name and main flag are part of its team's listing.
  scenarios: (row) => `SELECT 'team', ${row}.team_id`,
  functions: (row) => `SELECT 'scenario', ${row}.scenario_id`,
  function_requirements: (row) => scenarioOfFunction(`${row}.function_id`),
  assignments: (row) => scenarioOfFunction(`${row}.function_id`),
  professionals: (row) => `SELECT 'person', ${row}.id`,
  ratings: (row) => `SELECT 'person', ${row}.professional_id`,
};

function triggerSql(table: string, event: 'INSERT' | 'UPDATE' | 'DELETE'): string {
  const rows: ('OLD' | 'NEW')[] = event === 'INSERT' ? ['NEW'] : event === 'DELETE' ? ['OLD'] : ['OLD', 'NEW'];
  // Delete, then insert: a conflict clause in a trigger (OR REPLACE) gives way to the
  // writing statement's own, which would turn a second note of the same thing into an error.
  const notes = rows.map((row) => {
    const note = NOTES[table]!(row);
    return `DELETE FROM hr_changes WHERE (kind, id) IN (${note}); INSERT INTO hr_changes (kind, id) ${note};`;
  });
  return `CREATE TEMP TRIGGER hr_note_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table}
    BEGIN ${notes.join(' ')} END`;
}

const installed = new WeakSet<Database.Database>();

/** Sets up the log on this connection, once; what was written before is not in it (the first read is a full one). */
export function ensureHrChangeLog(db: Database.Database): void {
  if (installed.has(db)) return;
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS hr_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    UNIQUE (kind, id)
  )`);
  for (const table of Object.keys(NOTES)) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE'] as const) {
      db.exec(`DROP TRIGGER IF EXISTS temp.hr_note_${table}_${event.toLowerCase()}`);
      db.exec(triggerSql(table, event));
    }
  }
  installed.add(db);
}

/** The log's position: it moves with every write of HR's input and with nothing else. */
export function hrChangeSeq(ctx: StoreContext): number {
  return ctx.stmt('SELECT coalesce(max(seq), 0) FROM temp.hr_changes').pluck().get() as number;
}

/** What changed after position `since`. */
export function hrChangesSince(ctx: StoreContext, since: number): HrChange[] {
  return ctx.stmt('SELECT kind, id FROM temp.hr_changes WHERE seq > ? ORDER BY seq').all(since) as HrChange[];
}
