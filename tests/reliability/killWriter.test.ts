import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { databasePath } from '../../db/index.js';
import { tempDir } from '../integration/db/helpers.js';
import { seeded } from '../support/seed.js';
import { compileFixtures } from './compileFixtures.js';

/**
 * Crash safety: a writer process is killed with SIGKILL at random moments - while opening
 * and seeding the first time, in the middle of writes, during backups - 50 times on the same
 * data directory. After every kill the file must pass integrity_check, and every write the
 * writer reported as done must be there. The kill moments come from a seeded PRNG; the
 * test prints the seed, and WTP_SEED=<n> replays the same moments.
 */

const KILLS = 50;
let writer: string;
beforeAll(() => {
  writer = compileFixtures()('writer');
});

interface Reported {
  professionals: { id: string; name: string }[];
  assignments: { functionId: string; professionalId: string; hours: number }[];
  imports: { teamId: string; functions: number }[];
}

/**
 * When to kill: `fromStart` counts the time from the spawn (opening, migrating, seeding);
 * otherwise the timer is armed once the writer has reported `afterLines` writes after
 * opening, so every round gets as far into the work as the seed says however slow the
 * machine is (a clock alone from 'open' let a loaded CI machine kill 50 writers before any
 * of them reached an import), and `ms` then lands the kill at a random moment of what
 * comes next.
 */
interface KillMoment {
  fromStart: boolean;
  afterLines: number;
  ms: number;
}

function runAndKill(dataDir: string, moment: KillMoment): Promise<Reported> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const reported: Reported = { professionals: [], assignments: [], imports: [] };
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    let linesAfterOpen = -1;
    const arm = () => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), moment.ms);
    };
    const armWhenFarEnough = () => {
      if (linesAfterOpen >= moment.afterLines) arm();
    };
    if (moment.fromStart) arm();
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'open') linesAfterOpen = 0;
        else if (line.startsWith('ok professional ')) reported.professionals.push(JSON.parse(line.slice(16)));
        else if (line.startsWith('ok assignment ')) reported.assignments.push(JSON.parse(line.slice(14)));
        else if (line.startsWith('ok import ')) reported.imports.push(JSON.parse(line.slice(10)));
        else continue;
        if (line !== 'open') linesAfterOpen += 1;
        armWhenFarEnough();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(reported);
      else reject(new Error(`writer ended by itself (code ${code}): ${stderr}`));
    });
  });
}

describe('kill -9 of a writer at random moments', () => {
  it(`keeps the file intact and every reported write, over ${KILLS} kills`, { timeout: 240_000 }, async () => {
    const { random } = seeded(import.meta.filename);
    const dataDir = tempDir('planner-kill-');
    const all: Reported = { professionals: [], assignments: [], imports: [] };
    let writesSeen = 0;
    for (let round = 0; round < KILLS; round += 1) {
      // One kill in five lands during start-up (opening, migrating, seeding, start backup).
      const fromStart = round % 5 === 0;
      // Otherwise after up to 16 reported writes (the first import is written after the sixth
      // person and their assignment, the 13th line; the interval backups run throughout),
      // then within 30 ms.
      const moment = fromStart
        ? { fromStart, afterLines: 0, ms: 5 + random() * 150 }
        : { fromStart, afterLines: Math.floor(random() * 17), ms: random() * 30 };
      const reported = await runAndKill(dataDir, moment);
      all.professionals.push(...reported.professionals);
      all.assignments.push(...reported.assignments);
      all.imports.push(...reported.imports);
      writesSeen += reported.professionals.length;

      const db = new Database(databasePath(dataDir));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const migrated =
          db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'professionals'").pluck().get() === 1;
        if (!migrated) {
          // Killed before the first migration committed: an empty file, and nothing was promised.
          expect(all.professionals).toEqual([]);
          continue;
        }
        const names = new Map(
          (db.prepare('SELECT id, name FROM professionals').all() as { id: string; name: string }[]).map((r) => [
            r.id,
            r.name,
          ]),
        );
        for (const p of all.professionals)
          expect(names.get(p.id), `professional ${p.name} after kill ${round}`).toBe(p.name);
        const hours = db.prepare('SELECT hours FROM assignments WHERE function_id = ? AND professional_id = ?').pluck();
        for (const a of all.assignments)
          expect(hours.get(a.functionId, a.professionalId), `assignment after kill ${round}`).toBe(a.hours);
        const functionsOf = db
          .prepare('SELECT count(*) FROM functions f JOIN scenarios s ON s.id = f.scenario_id WHERE s.team_id = ?')
          .pluck();
        for (const imp of all.imports)
          expect(functionsOf.get(imp.teamId), `imported team after kill ${round}`).toBe(imp.functions);
        // Atomic: no imported copy exists with only part of its functions, reported or not.
        const copies = db
          .prepare(
            "SELECT t.id, count(f.id) AS n FROM teams t JOIN scenarios s ON s.team_id = t.id LEFT JOIN functions f ON f.scenario_id = s.id WHERE t.name LIKE '% (kopie)' GROUP BY t.id",
          )
          .all() as { n: number }[];
        for (const copy of copies) expect(copy.n, `a half-imported team after kill ${round}`).toBe(7);
      } finally {
        db.close();
      }
    }
    // The test is only meaningful if the writer got to write between kills.
    expect(writesSeen).toBeGreaterThan(KILLS);
    expect(all.imports.length).toBeGreaterThan(0);
  });
});
