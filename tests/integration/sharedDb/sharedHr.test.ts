import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InstallationSettings } from '../../../node/sharedDb/installationSettings.js';
import { SharedSync } from '../../../node/sharedDb/sharedSync.js';
import { analyseAll } from '../../../shared/hr/index.js';
import { openTestStore, tempDir, type TestStore } from '../db/helpers.js';
import { publishTeam } from '../../../node/sharedDb/publish.js';
import type { TeamPlan } from '../../../shared/plan/planSchema.js';
import {
  DATABASE,
  newPublishId,
  PEOPLE,
  startSharedDbWorld,
  teamPlan,
  type Person,
  type SharedDbWorld,
  importTeamPlan,
} from './sharedDbFixture.js';

/**
 * HR's source "gedeelde database": two team leaders in two areas publish from their own
 * data folders; HR, on a third, reads both through the host and gets the same input the
 * local source would give for those teams, with the moment it was read.
 */
let world: SharedDbWorld;
const opened: { store: TestStore; sync: SharedSync }[] = [];
beforeAll(async () => {
  world = await startSharedDbWorld();
});
afterEach(async () => {
  for (const { store, sync } of opened.splice(0)) {
    await sync.stop();
    await store.whenIdle();
    store.close();
  }
});
afterAll(async () => {
  await world?.close();
});

/** A data folder signed in as `person` (password from PGPASSWORD-like env of its own). */
function folderOf(person: Person) {
  const dataDir = tempDir();
  const address = world.server.urlFor(PEOPLE[person].name, PEOPLE[person].password, DATABASE);
  const installation = new InstallationSettings(dataDir, null, { WTP_SHARED_DB_URL: address });
  const sync = new SharedSync({ installation, log: () => undefined });
  const store = openTestStore({ dataDir, seedSample: false, sharedSync: sync });
  opened.push({ store, sync });
  sync.start(store.sharedOutbox);
  return { store, sync };
}

async function publishFrom(person: Person, teamId: string, name: string) {
  const { store, sync } = folderOf(person);
  await store.call('shared.publish', { scenarioId: await importTeamPlan(store, teamId, name) });
  await sync.drainNow();
  expect((await store.call('shared.status', {})).outbox).toEqual([]);
  return store;
}

describe('HR reads the shared database', () => {
  it('sees both leaders’ teams, the same input the local source gives, and when it was read', async () => {
    const anna = await publishFrom('anna', 'hr-team-oost', 'Wijkteam Oost');
    await publishFrom('carla', 'hr-team-west', 'Wijkteam West');
    const hr = folderOf('hanna').store;

    const before = Date.now();
    const shared = await hr.call('shared.hrOverview', {});
    expect(shared.scenarios.map((s) => s.plan.team.name).sort()).toEqual(['Wijkteam Oost', 'Wijkteam West']);
    expect(Math.abs(new Date(shared.pulledAt).getTime() - before)).toBeLessThan(60_000);

    // The team as anna's own computer gives it to the HR overview, and as HR reads it from the server.
    const local = (await anna.call('hr.overview', { includeScenarios: false })).scenarios[0]!;
    const fromServer = shared.scenarios.find((s) => s.teamId === 'hr-team-oost')!;
    expect(fromServer.plan).toEqual(local.plan);
    expect(fromServer).toMatchObject({ isMain: true, isSample: false });
    const memberIds = new Set(local.plan.assignments.map((a) => a.professionalId));
    expect(shared.professionals.filter((p) => memberIds.has(p.id))).toHaveLength(memberIds.size);

    // The same HR computations run on it.
    const { pulledAt: _pulledAt, ...input } = shared;
    const analyses = analyseAll(input);
    expect(analyses.analyses).toHaveLength(2);
  });

  it('HR’s summary, row explanations and exports compute from the last read when asked for the shared source', async () => {
    await publishFrom('anna', 'hr-sum-oost', 'Samenvatting Oost');
    await publishFrom('carla', 'hr-sum-west', 'Samenvatting West');
    const hr = folderOf('hanna').store;
    const today = '2026-01-15';
    // Before any read the shared source refuses with a reason, never an empty overview.
    expect((await hr.fail('hr.summary', { today, source: 'shared' })).text.key).toBe('sharing.hr.notPulled');

    // A plan a newer planner published: left out of the overview, but counted so the screen can say so.
    const newer = { ...teamPlan('hr-sum-newer', 'Uit een nieuwere planner'), version: 99 } as unknown as TeamPlan;
    await publishTeam(world.clientOf('anna'), { plan: newer, expectedVersion: 0, publishId: newPublishId() });

    const pulled = await hr.call('shared.hrPull', {});
    expect(pulled.teams).toBeGreaterThanOrEqual(2);
    expect(pulled.unreadable).toBe(1);
    const summary = await hr.call('hr.summary', { today, source: 'shared' });
    const names = summary.rows.map((r) => r.teamName);
    expect(names).toEqual(expect.arrayContaining(['Samenvatting Oost', 'Samenvatting West']));
    expect(names).not.toContain('Uit een nieuwere planner');
    // This computer has no teams of its own: the local source stays empty.
    expect((await hr.call('hr.summary', { today })).rows).toEqual([]);

    const oost = summary.rows.find((r) => r.teamName === 'Samenvatting Oost')!;
    const [cells] = await hr.call('hr.cells', { today, scenarioIds: [oost.scenarioId], source: 'shared' });
    expect(cells!.cells).toHaveLength(summary.competencies.length);

    const csv = await hr.call('hr.export', { list: 'teams', format: 'csv', today, source: 'shared' });
    const text = Buffer.from(csv.dataBase64, 'base64').toString('utf8');
    expect(text).toContain('Samenvatting Oost');
    expect(text).toContain('Samenvatting West');
  });

  it('a team leader’s read holds only what the database lets that leader read', async () => {
    await publishFrom('carla', 'hr-only-carla', 'Alleen Carla');
    const anna = folderOf('anna').store;
    const seen = await anna.call('shared.hrOverview', {});
    expect(seen.scenarios.map((s) => s.teamId)).not.toContain('hr-only-carla');
  });

  it('says so when the server cannot be reached, and when nothing is configured', async () => {
    const hr = folderOf('hanna').store;
    world.server.stop();
    try {
      const error = await hr.fail('shared.hrOverview', {});
      expect(error.code).toBe('conflict');
      // Reading's own words: the overview was not refreshed (not the wachtrij's "er gaat niets verloren").
      expect(error.text.key).toBe('sharedDb.pull.unreachable');
    } finally {
      world.server.start();
    }
    const { store } = (() => {
      const dataDir = tempDir();
      const sync = new SharedSync({ installation: new InstallationSettings(dataDir, null, {}), log: () => undefined });
      const s = openTestStore({ dataDir, seedSample: false, sharedSync: sync });
      opened.push({ store: s, sync });
      return { store: s };
    })();
    expect((await store.fail('shared.hrOverview', {})).text.key).toBe('sharedDb.pull.notConfigured');
  });
});
