import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migration001 } from '../../../db/migrations/001-initial.js';
import { migration002 } from '../../../db/migrations/002-plan-format-2.js';
import { migration003 } from '../../../db/migrations/003-shared-outbox.js';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations/index.js';
import { openDatabase } from '../../../db/openDatabase.js';
import { tempDir } from './helpers.js';

/**
 * Migration 003 adds the local side of the shared database (the outbox and each team's
 * last shared version) to an existing planner file without touching its plans.
 */
const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((s) => s.close()));
const quiet = { now: () => new Date(), log: () => {} };

function columns(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

describe('migration 003: the shared outbox', () => {
  it('adds both tables to a version-2 file and keeps what it held', () => {
    // The file the previous planner wrote, at version 2 (with its built-in team roles).
    const dir = tempDir();
    const v2 = openDatabase({ dataDir: dir, ...quiet, migrations: [migration001, migration002] });
    const rolesBefore = v2.db.prepare('SELECT key, name_nl FROM team_roles ORDER BY position').all();
    expect(rolesBefore.length).toBeGreaterThan(0);
    v2.db.close();

    const { db, migratedFrom } = openDatabase({ dataDir: dir, ...quiet });
    open.push(db);
    expect(migratedFrom).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(migration003.version);
    expect(columns(db, 'shared_outbox')).toEqual([
      'publish_id',
      'team_id',
      'scenario_id',
      'expected_version',
      'plan_json',
      'queued_at',
      'attempts',
      'last_error',
      'state',
      'theirs_json',
    ]);
    expect(columns(db, 'shared_team_state')).toEqual([
      'team_id',
      'shared_version',
      'last_published_at',
      'last_pulled_at',
    ]);
    expect(db.prepare('SELECT key, name_nl FROM team_roles ORDER BY position').all()).toEqual(rolesBefore);
  });

  it('accepts only the three outbox states, never a publish id twice, never a negative version', () => {
    const { db } = openDatabase({ dataDir: tempDir(), ...quiet });
    open.push(db);
    const insert = db.prepare(
      `INSERT INTO shared_outbox (publish_id, team_id, scenario_id, expected_version, plan_json, queued_at, state)
       VALUES (?, 't', 's', ?, '{}', '2026-01-01T00:00:00.000Z', ?)`,
    );
    insert.run('p1', 0, 'pending');
    insert.run('p2', null, 'conflict');
    insert.run('p3', 3, 'refused');
    expect(() => insert.run('p4', 0, 'sent')).toThrow(/CHECK/);
    expect(() => insert.run('p1', 0, 'pending')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('p5', -1, 'pending')).toThrow(/CHECK/);
    expect(db.prepare('SELECT publish_id, attempts FROM shared_outbox ORDER BY publish_id').all()).toEqual([
      { publish_id: 'p1', attempts: 0 },
      { publish_id: 'p2', attempts: 0 },
      { publish_id: 'p3', attempts: 0 },
    ]);
    expect(() => db.prepare("INSERT INTO shared_team_state (team_id, shared_version) VALUES ('t', -2)").run()).toThrow(
      /CHECK/,
    );
  });
});
