import { afterEach, describe, expect, it } from 'vitest';
import { openRawConnection } from '../../../db/connection.js';
import { StoreContext } from '../../../db/context.js';
import { databasePath } from '../../../db/dataDir.js';
import { localHrSource, readHrInput } from '../../../db/export/readHrInput.js';
import { upsertAssignment } from '../../../db/repositories/assignments.js';
import { insertCustomCompetency } from '../../../db/repositories/catalogue.js';
import { setRequirements } from '../../../db/repositories/functions.js';
import { getProfessional, setRating, updateProfessional } from '../../../db/repositories/professionals.js';
import { deleteTeam, renameScenario } from '../../../db/repositories/teams.js';
import { openTestStore } from '../../integration/db/helpers.js';
import { importSyntheticTeams } from './importSyntheticTeams.js';

/**
 * The local source's read after a write (db/export/updateHrRead.ts, driven by the
 * connection's change log, db/export/hrChangeLog.ts): the same input a whole read gives,
 * having read again only the scenarios the write touched.
 */
let db: ReturnType<typeof openRawConnection> | null = null;
afterEach(() => {
  db?.close();
  db = null;
});

async function seededContext(): Promise<StoreContext> {
  const seeding = await importSyntheticTeams(openTestStore({ hrWarmUp: false }), 5, 10);
  const teams = await seeding.call('teams.list', {});
  await seeding.call('scenarios.duplicate', {
    scenarioId: teams.find((t) => !t.isSample)!.scenarios[0]!.id,
    name: 'B',
  });
  await seeding.whenIdle();
  seeding.close();
  // The store holds the file's lock; the repositories run on a plain connection once it is closed.
  db = openRawConnection(databasePath(seeding.dataDir));
  return new StoreContext(db, () => new Date('2026-11-23T10:00:00Z'));
}

describe('localHrSource after a write', () => {
  it('reads again only what the write touched and gives what a whole read gives', async () => {
    const ctx = await seededContext();
    const source = localHrSource(ctx);
    const first = source.read();
    expect(source.lastRead()).toEqual({ whole: true, scenariosRead: first.scenarios.length });
    expect(first).toEqual(readHrInput(ctx, true));

    const version = source.version();
    // Nothing written: the same version; a write that is rolled back leaves it too.
    expect(source.version()).toBe(version);
    const entry = first.scenarios.find((s) => !s.isSample && s.plan.assignments.length > 0)!;
    expect(() =>
      ctx.write(() => {
        upsertAssignment(ctx, { ...entry.plan.assignments[0]!, hours: 1 });
        throw new Error('undone');
      }),
    ).toThrow('undone');
    expect(source.version()).toBe(version);

    const readAfter = (write: () => void) => {
      ctx.write(write);
      expect(source.version()).not.toBe(version);
      const input = source.read();
      expect(input).toEqual(readHrInput(ctx, true));
      return { input, report: source.lastRead()! };
    };

    const assignment = entry.plan.assignments[0]!;
    let after = readAfter(() => upsertAssignment(ctx, { ...assignment, hours: assignment.hours + 2 }));
    expect(after.report).toEqual({ whole: false, scenariosRead: 1 });
    // What the write did not touch is the previous read's object itself.
    const other = after.input.scenarios.find((s) => s.scenarioId !== entry.scenarioId)!;
    expect(first.scenarios).toContain(other);

    after = readAfter(() => setRequirements(ctx, entry.plan.functions[0]!.id, []));
    expect(after.report).toEqual({ whole: false, scenariosRead: 1 });

    // A person in two teams: both are read again; a rename also moves them in the pool's order.
    const counts = new Map<string, number>();
    for (const s of first.scenarios)
      for (const p of s.plan.professionals) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
    const shared = entry.plan.professionals.find((p) => counts.get(p.id)! > 1)!;
    after = readAfter(() => setRating(ctx, shared.id, 'coaching', 4));
    expect(after.report).toEqual({ whole: false, scenariosRead: counts.get(shared.id) });
    after = readAfter(() => updateProfessional(ctx, { ...getProfessional(ctx, shared.id)!, name: 'Aaron Vooraan' }));
    expect(after.report.whole).toBe(false);

    // A scenario renamed: its team's scenarios and the listing.
    after = readAfter(() => renameScenario(ctx, entry.scenarioId, 'Anders'));
    expect(after.report).toEqual({ whole: false, scenariosRead: 2 });

    // A team removed: nothing to read, the team is gone.
    after = readAfter(() => deleteTeam(ctx, entry.teamId));
    expect(after.report).toEqual({ whole: false, scenariosRead: 0 });
    expect(after.input.scenarios.map((s) => s.teamId)).not.toContain(entry.teamId);

    // The catalogue is in every plan: a whole read.
    after = readAfter(() =>
      insertCustomCompetency(ctx, {
        key: 'buurtkennis',
        name: { nl: 'Buurtkennis', en: 'Local knowledge' },
        description: { nl: '', en: '' },
        builtIn: false,
      }),
    );
    expect(after.report.whole).toBe(true);
  });

  // The ratings come a few thousand people per step and the scenarios a hundred (fewer here to walk through several).
  for (const perStep of [{}, { people: 7, scenarios: 4 }, { people: 1, scenarios: 1 }]) {
    const label =
      perStep.people === undefined ? 'the store' : `${perStep.people} people, ${perStep.scenarios} scenarios`;
    it(`reads in steps for the warm-up (as many per step as ${label}), writes between the steps in the result`, async () => {
      const ctx = await seededContext();
      const source = localHrSource(ctx, perStep);
      const whole = readHrInput(ctx, true);
      const scenarioSteps = Math.max(1, Math.ceil(whole.scenarios.length / (perStep.scenarios ?? 100)));
      const entry = whole.scenarios.find((s) => !s.isSample && s.plan.assignments.length > 0)!;
      // A rating the person has, changed: the number of rated people (the ratings' steps) stays.
      const person = entry.plan.professionals.find((p) => Object.keys(p.ratings).length > 0)!;
      const [competency, level] = Object.entries(person.ratings)[0]!;
      // A team whose scenarios are listed before its removal: gone from the result.
      const removed = whole.scenarios.findLast((s) => !s.isSample && s.teamId !== entry.teamId)!;
      // The ratings (a step per part, the last one short), the pool, the scenarios (with the
      // teams and the listing), then what was written since the first step.
      const rated = ctx.db.prepare('SELECT count(DISTINCT professional_id) FROM ratings').pluck().get() as number;
      const ratingSteps = Math.floor(rated / (perStep.people ?? 5000)) + 1;
      // A write after every step, in turns; and once, right after the listing was read with
      // the first scenarios, a team removed (listed, its scenarios read or not, then gone).
      const writes = [
        () => setRating(ctx, person.id, competency, (level % 4) + 1),
        () => upsertAssignment(ctx, { ...entry.plan.assignments[0]!, hours: 2 }),
        () => renameScenario(ctx, entry.scenarioId, 'Tussendoor'),
      ];
      const removeAfter = ratingSteps + 2;
      const step = source.readInSteps!();
      let input = step();
      let steps = 1;
      while (input === null) {
        ctx.write(steps === removeAfter ? () => deleteTeam(ctx, removed.teamId) : writes[steps % writes.length]!);
        input = step();
        steps += 1;
      }
      expect(steps).toBe(ratingSteps + 1 + scenarioSteps + 1);
      expect(input).toEqual(readHrInput(ctx, true));
      expect(input.scenarios.map((s) => s.teamId)).not.toContain(removed.teamId);
      // The next read after a write starts from it.
      ctx.write(() => upsertAssignment(ctx, { ...entry.plan.assignments[0]!, hours: 3 }));
      expect(source.read()).toEqual(readHrInput(ctx, true));
      expect(source.lastRead()).toEqual({ whole: false, scenariosRead: 1 });
    });
  }

  it('reads everything again on a new connection (a restore)', async () => {
    const ctx = await seededContext();
    const source = localHrSource(ctx);
    source.read();
    const version = source.version();
    const path = db!.name;
    db!.close();
    db = openRawConnection(path);
    ctx.replaceConnection(db);
    expect(source.version()).not.toBe(version);
    expect(source.read()).toEqual(readHrInput(ctx, true));
    expect(source.lastRead()!.whole).toBe(true);
  });
});
