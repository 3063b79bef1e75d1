import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import Papa from 'papaparse';
import { BUILT_IN_COMPETENCY_KEYS } from '../../shared/catalogue/competencies.js';
import { BUILT_IN_FUNCTION_KEYS } from '../../shared/catalogue/functions.js';
import { applySafetyPragmas, openRawConnection } from '../../db/connection.js';
import { runMigrations } from '../../db/migrations/index.js';
import { StoreContext } from '../../db/context.js';
import { syncBuiltInCatalogue } from '../../db/repositories/catalogue.js';

/** Data and raw better-sqlite3 baselines for the storage benchmark (tests/bench/db.bench.ts). */

export function benchDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'planner-bench-'));
}

/** A CSV of `count` professionals with all 12 competencies rated. */
export function professionalsCsv(count: number): string {
  const header = ['naam', 'discipline', 'organisatie', 'contracturen', ...BUILT_IN_COMPETENCY_KEYS];
  const lines = [header.join(';')];
  for (let i = 0; i < count; i += 1) {
    const ratings = BUILT_IN_COMPETENCY_KEYS.map((_, c) => String((i + c) % 5));
    lines.push([`Professional ${i}`, 'socialWorker', 'Welzijn Bench', String(16 + (i % 20)), ...ratings].join(';'));
  }
  return lines.join('\n');
}

/** The same schema and pragmas as the store, without the store: the baseline's database. */
export function rawDatabase(dir: string): Database.Database {
  const db = openRawConnection(path.join(dir, 'raw.sqlite'));
  applySafetyPragmas(db);
  runMigrations(db);
  const ctx = new StoreContext(db, () => new Date());
  db.transaction(() => syncBuiltInCatalogue(ctx))();
  return db;
}

/** Hand-written import: papaparse the CSV and insert with prepared statements in one transaction. */
export function rawImport(db: Database.Database, csv: string): number {
  const rows = Papa.parse<string[]>(csv, { delimiter: ';', skipEmptyLines: true }).data;
  const [header, ...data] = rows;
  const insertPerson = db.prepare(
    `INSERT INTO professionals (id, name, discipline, organisation, binding, contract_hours, expertise_json, assessed_on, is_sample, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'functional', ?, '[]', NULL, 0, ?, ?)`,
  );
  const insertRating = db.prepare('INSERT INTO ratings (professional_id, competency, level) VALUES (?, ?, ?)');
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const row of data) {
      const id = crypto.randomUUID();
      insertPerson.run(id, row[0], row[1], row[2], Number(row[3]), now, now);
      for (let c = 4; c < header!.length; c += 1) insertRating.run(id, header![c], Number(row[c]));
    }
  })();
  return data.length;
}

export const TEAM_FUNCTIONS = BUILT_IN_FUNCTION_KEYS.slice(0, 12);

/** Raw read of a scenario with the whole pool: the same queries the store runs, by hand. */
export function rawPlanLoader(db: Database.Database) {
  const scenario = db.prepare('SELECT * FROM scenarios WHERE id = ?');
  const team = db.prepare('SELECT * FROM teams WHERE id = ?');
  const functions = db.prepare('SELECT * FROM functions WHERE scenario_id = ? ORDER BY position');
  const requirements = db.prepare(
    'SELECT r.* FROM function_requirements r JOIN functions f ON f.id = r.function_id WHERE f.scenario_id = ? ORDER BY r.function_id, r.position',
  );
  const people = db.prepare('SELECT * FROM professionals ORDER BY name, id');
  const ratings = db.prepare('SELECT professional_id, competency, level FROM ratings');
  const assignments = db.prepare(
    'SELECT a.* FROM assignments a JOIN functions f ON f.id = a.function_id WHERE f.scenario_id = ? ORDER BY f.position',
  );
  return (scenarioId: string) =>
    db.transaction(() => {
      const s = scenario.get(scenarioId) as { team_id: string };
      const byPerson = new Map<string, Record<string, number>>();
      for (const r of ratings.all() as { professional_id: string; competency: string; level: number }[]) {
        const m = byPerson.get(r.professional_id) ?? {};
        m[r.competency] = r.level;
        byPerson.set(r.professional_id, m);
      }
      return {
        team: team.get(s.team_id),
        functions: functions.all(scenarioId),
        requirements: requirements.all(scenarioId),
        people: (people.all() as { id: string }[]).map((p) => ({ ...p, ratings: byPerson.get(p.id) ?? {} })),
        assignments: assignments.all(scenarioId),
      };
    })();
}
