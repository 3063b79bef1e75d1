import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/openDatabase.js';
import { migration001 } from '../../../db/migrations/001-initial.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, runMigrations } from '../../../db/migrations/index.js';
import type { Migration } from '../../../db/migrations/types.js';
import { dataDirFromArgs, databasePath, StoreOpenError } from '../../../db/index.js';
import { listBackups } from '../../../db/backup/backupFiles.js';
import { openTestStore, tempDir, type TestStore } from './helpers.js';

const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((s) => s.close()));
const quiet = { now: () => new Date(), log: () => {} };

describe('the connection', () => {
  it('sets WAL, synchronous=FULL, foreign keys and secure_delete on every open, also on reopen', () => {
    const dir = tempDir();
    for (let i = 0; i < 2; i += 1) {
      const { db } = openDatabase({ dataDir: dir, ...quiet });
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('secure_delete', { simple: true })).toBe(1);
      expect(db.pragma('locking_mode', { simple: true })).toBe('exclusive');
      expect(db.pragma('busy_timeout', { simple: true })).toBe(2000);
      db.close();
    }
  });

  it('puts the data in planner.sqlite inside the data directory', () => {
    const store: TestStore = openTestStore({ seedSample: false });
    open.push(store);
    expect(fs.existsSync(path.join(store.dataDir, 'planner.sqlite'))).toBe(true);
  });

  it('reads --data-dir in both spellings, last one wins, fallback otherwise', () => {
    expect(dataDirFromArgs(['app', '--data-dir', '/tmp/a'], '/fallback')).toBe('/tmp/a');
    expect(dataDirFromArgs(['app', '--data-dir=/tmp/b'], '/fallback')).toBe('/tmp/b');
    expect(dataDirFromArgs(['--data-dir=/tmp/b', '--data-dir', '/tmp/c'], '/fallback')).toBe('/tmp/c');
    expect(dataDirFromArgs(['app', '--data-dir'], '/fallback')).toBe('/fallback');
    expect(dataDirFromArgs(['app', '--data-dir', '--other'], '/fallback')).toBe('/fallback');
    expect(dataDirFromArgs([], 'relative')).toBe(path.resolve('relative'));
  });
});

describe('migration 001 (initial schema)', () => {
  it('creates every table STRICT, with cascades from professionals to ratings and assignments', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    expect(runMigrations(db, [migration001])).toEqual({ from: 0, to: 1 });
    const tables = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string; strict: number }[];
    expect(tables.map((t) => t.name).sort()).toEqual(
      [
        'assignments',
        'competencies',
        'function_requirements',
        'function_templates',
        'functions',
        'meta',
        'professionals',
        'ratings',
        'scenarios',
        'teams',
        'template_requirements',
      ].sort(),
    );
    expect(tables.every((t) => t.strict === 1)).toBe(true);
    const cascades = (table: string) =>
      (
        db.prepare(`SELECT "table", on_delete FROM pragma_foreign_key_list('${table}')`).all() as {
          table: string;
          on_delete: string;
        }[]
      )
        .filter((fk) => fk.table === 'professionals')
        .map((fk) => fk.on_delete);
    expect(cascades('ratings')).toEqual(['CASCADE']);
    expect(cascades('assignments')).toEqual(['CASCADE']);
    const wrongType =
      "INSERT INTO competencies (key, built_in, name_nl, name_en, position, created_at) VALUES ('x', 0, 'a', 'b', 'veel', 'nu')";
    expect(() => db.prepare(wrongType).run()).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });
});

describe('the migration runner', () => {
  const failing: Migration = {
    version: 2,
    name: 'breaks halfway',
    up(db) {
      db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
      throw new Error('boom');
    },
  };

  it('applies all pending steps in one transaction: a failing step leaves the file as it was', () => {
    const db = new Database(':memory:');
    expect(() => runMigrations(db, [migration001, failing])).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get()).toEqual({ n: 0 });
  });

  it('refuses migrations that are not numbered 1, 2, 3...', () => {
    const db = new Database(':memory:');
    expect(() => runMigrations(db, [{ ...migration001, version: 2 }])).toThrow(/expected 1/);
  });

  it('takes a backup before migrating an existing database, and the backup holds the old version', () => {
    const dir = tempDir();
    const store = openTestStore({ dataDir: dir });
    store.close();
    const next: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'adds a note column',
      up(db) {
        db.exec("ALTER TABLE teams ADD COLUMN note TEXT NOT NULL DEFAULT ''");
      },
    };
    const { db, migratedFrom } = openDatabase({
      dataDir: dir,
      ...quiet,
      migrations: [...MIGRATIONS, next],
    });
    expect(migratedFrom).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    db.close();
    const before = listBackups(dir).filter((b) => b.reason === 'beforeMigration');
    expect(before).toHaveLength(1);
    const copy = new Database(path.join(dir, 'backups', before[0]!.id), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    // The sample's three teams.
    expect((copy.prepare('SELECT count(*) AS n FROM teams').get() as { n: number }).n).toBe(3);
    copy.close();
  });

  it('refuses a database from a newer version with a Dutch message and leaves the file byte for byte as it was', () => {
    const dir = tempDir();
    openTestStore({ dataDir: dir }).close();
    const file = databasePath(dir);
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const bytes = fs.readFileSync(file);
    let caught: unknown;
    try {
      openTestStore({ dataDir: dir });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreOpenError);
    expect((caught as StoreOpenError).code).toBe('newerVersion');
    expect((caught as StoreOpenError).message).toContain('nieuwere versie van de planner');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
