import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { drainOutbox } from '../../../node/sharedDb/drainOutbox.js';
import { openSharedDb } from '../../../node/sharedDb/openSharedDb.js';
import { publishTeam } from '../../../node/sharedDb/publish.js';
import { pullTeams } from '../../../node/sharedDb/pull.js';
import { SHARED_DB_URL_VARIABLE } from '../../../db/shared/sharedDbAddress.js';
import { parsePlanJson } from '../../../shared/plan/parsePlan.js';
import { nl } from '../../support/inLanguage.js';
import { openTestStore, type TestStore } from '../db/helpers.js';
import {
  DATABASE,
  PEOPLE,
  startSharedDbWorld,
  teamPlan,
  type SharedDbWorld,
  importTeamPlan,
} from './sharedDbFixture.js';

/**
 * The local outbox against a real PostgreSQL: publishing only queues, in SQLite; the
 * drain sends the queue when the server can be reached, each publish under the id chosen
 * when the user published, so a lost answer or a second drain never stores anything twice.
 */
let world: SharedDbWorld;
const stores: TestStore[] = [];
beforeAll(async () => {
  world = await startSharedDbWorld();
  process.env[SHARED_DB_URL_VARIABLE] = world.server.urlFor(PEOPLE.anna.name, PEOPLE.anna.password, DATABASE);
});
afterEach(() => stores.splice(0).forEach((s) => s.close()));
afterAll(async () => {
  delete process.env[SHARED_DB_URL_VARIABLE];
  await world?.close();
});

/** A data folder of anna's with one team (a real format-2 plan), and its main scenario. */
async function folderWithTeam(teamId: string, name: string): Promise<{ store: TestStore; scenarioId: string }> {
  const store = openTestStore({ seedSample: false });
  stores.push(store);
  return { store, scenarioId: await importTeamPlan(store, teamId, name) };
}

async function serverVersions(teamId: string): Promise<{ version: number; publish_id: string; name: string }[]> {
  const admin = await world.admin();
  const result = await admin.query(
    "SELECT version, publish_id::text, plan->'team'->>'name' AS name FROM wtp.team_snapshots WHERE team_id = $1 ORDER BY version",
    [teamId],
  );
  return result.rows;
}

describe('publishing through the outbox', () => {
  it('refuses to queue when no shared database is configured, in Dutch, and queues nothing', async () => {
    const { store, scenarioId } = await folderWithTeam('team-unconfigured', 'Wijkteam Zonder Server');
    const address = process.env[SHARED_DB_URL_VARIABLE];
    delete process.env[SHARED_DB_URL_VARIABLE];
    try {
      const error = await store.fail('shared.publish', { scenarioId });
      expect(error.code).toBe('conflict');
      expect(nl(error.text)).toContain('niet gekoppeld aan een gedeelde database');
      expect(await store.call('shared.status', {})).toEqual({
        configured: false,
        outbox: [],
        teams: [],
        connection: { lastSentAt: null, unreachableSince: null, lastError: null },
      });
    } finally {
      process.env[SHARED_DB_URL_VARIABLE] = address;
    }
  });

  it('keeps publishes made offline, counts the attempts, and sends both in order once the server is back', async () => {
    const { store, scenarioId } = await folderWithTeam('team-offline', 'Wijkteam Offline');
    const teams = await store.call('teams.list', {});
    const anna = world.clientOf('anna');

    world.server.stop();
    try {
      const first = await store.call('shared.publish', { scenarioId });
      expect(first.queued).toBe(true);
      await store.call('teams.update', { id: teams[0]!.id, name: 'Wijkteam Offline (bijgewerkt)' });
      const second = await store.call('shared.publish', { scenarioId });

      for (let i = 0; i < 2; i += 1) {
        expect(await drainOutbox(anna, store.sharedOutbox)).toEqual({
          published: 0,
          conflicts: 0,
          refused: 0,
          stoppedUnreachable: true,
        });
      }
      const waiting = await store.call('shared.status', {});
      // The drain stops at the first unreachable: only the oldest was tried, twice.
      expect(waiting.outbox.map((r) => [r.publishId, r.state, r.attempts, r.expectedVersion])).toEqual([
        [first.publishId, 'pending', 2, 0],
        [second.publishId, 'pending', 0, null],
      ]);
      expect(waiting.outbox[0]!.lastError?.key).toBe('sharedDb.error.unreachable');
    } finally {
      world.server.start();
    }

    expect(await drainOutbox(anna, store.sharedOutbox)).toMatchObject({ published: 2, stoppedUnreachable: false });
    const after = await store.call('shared.status', {});
    expect(after.outbox).toEqual([]);
    expect(after.teams).toMatchObject([{ teamId: 'team-offline', sharedVersion: 2 }]);
    expect(after.teams[0]!.lastPublishedAt).not.toBeNull();
    const stored = await serverVersions('team-offline');
    expect(stored.map((r) => [r.version, r.name])).toEqual([
      [1, 'Wijkteam Offline'],
      [2, 'Wijkteam Offline (bijgewerkt)'],
    ]);
    expect(new Set(stored.map((r) => r.publish_id)).size).toBe(2);

    // A later publish builds on the version this computer now knows.
    const third = await store.call('shared.publish', { scenarioId });
    expect((await store.call('shared.status', {})).outbox).toMatchObject([
      { publishId: third.publishId, expectedVersion: 2 },
    ]);
  });

  it('carries an own discipline renamed for everyone to the shared database with the next publish', async () => {
    const { store, scenarioId } = await folderWithTeam('team-discipline', 'Wijkteam Discipline');
    // Two members of the team (a publish carries the team's own members).
    const members = new Set(teamPlan('team-discipline', '').assignments.map((x) => x.professionalId));
    const [a, b] = (await store.call('professionals.list', {})).filter((p) => members.has(p.id));
    for (const p of [a!, b!]) await store.call('professionals.update', { id: p.id, discipline: 'Buurtsportcoch' });
    await store.call('shared.publish', { scenarioId });
    await store.call('professionals.renameDiscipline', { from: 'Buurtsportcoch', to: 'Buurtsportcoach' });
    await store.call('shared.publish', { scenarioId });
    expect(await drainOutbox(world.clientOf('anna'), store.sharedOutbox)).toMatchObject({ published: 2 });

    const admin = await world.admin();
    const published = await admin.query(
      `SELECT version, (SELECT jsonb_object_agg(p->>'id', p->>'discipline') FROM jsonb_array_elements(plan->'professionals') p)
         AS disciplines FROM wtp.team_snapshots WHERE team_id = $1 ORDER BY version`,
      ['team-discipline'],
    );
    const of = (version: number, id: string) => published.rows[version - 1].disciplines[id];
    expect([of(1, a!.id), of(1, b!.id)]).toEqual(['Buurtsportcoch', 'Buurtsportcoch']);
    expect([of(2, a!.id), of(2, b!.id)]).toEqual(['Buurtsportcoach', 'Buurtsportcoach']);
  });

  it('deletes a publish whose answer was lost once the server recognises its id, stored once', async () => {
    const { store, scenarioId } = await folderWithTeam('team-lost-answer', 'Wijkteam Verloren Antwoord');
    const anna = world.clientOf('anna');
    const { publishId } = await store.call('shared.publish', { scenarioId });

    // The first attempt reached the server, but its answer never came back.
    const pending = store.sharedOutbox.nextPending()!;
    const parsed = parsePlanJson(pending.planJson);
    if (!parsed.ok) throw new Error('the queued plan does not parse');
    await publishTeam(anna, { plan: parsed.plan, expectedVersion: 0, publishId });

    expect(await drainOutbox(anna, store.sharedOutbox)).toMatchObject({ published: 1, conflicts: 0 });
    expect((await store.call('shared.status', {})).outbox).toEqual([]);
    expect((await serverVersions('team-lost-answer')).map((r) => [r.version, r.publish_id])).toEqual([[1, publishId]]);
  });

  it('runs one drain at a time: two at once send each publish once', async () => {
    const { store, scenarioId } = await folderWithTeam('team-two-drains', 'Wijkteam Twee Keer');
    const anna = world.clientOf('anna');
    await store.call('shared.publish', { scenarioId });
    await store.call('shared.publish', { scenarioId });
    const [a, b] = await Promise.all([drainOutbox(anna, store.sharedOutbox), drainOutbox(anna, store.sharedOutbox)]);
    expect(a).toBe(b);
    expect(a.published).toBe(2);
    expect((await serverVersions('team-two-drains')).map((r) => r.version)).toEqual([1, 2]);
  });

  it('stops with a conflict, keeping the server version, when another folder published the team first', async () => {
    const folderA = await folderWithTeam('team-two-folders', 'Wijkteam Twee Mappen');
    const folderB = await folderWithTeam('team-two-folders', 'Wijkteam Twee Mappen');
    const anna = world.clientOf('anna');

    await folderA.store.call('shared.publish', { scenarioId: folderA.scenarioId });
    expect(await drainOutbox(anna, folderA.store.sharedOutbox)).toMatchObject({ published: 1 });

    const mine = await folderB.store.call('shared.publish', { scenarioId: folderB.scenarioId });
    expect(await drainOutbox(anna, folderB.store.sharedOutbox)).toMatchObject({ published: 0, conflicts: 1 });

    const status = await folderB.store.call('shared.status', {});
    expect(status.outbox).toMatchObject([
      {
        publishId: mine.publishId,
        state: 'conflict',
        attempts: 1,
        expectedVersion: 0,
        theirs: { version: 1, publishedBy: 'anna' },
      },
    ]);
    expect(status.teams).toEqual([]);
    const theirs = folderB.store.sharedOutbox.theirs(mine.publishId);
    expect((theirs?.plan as { team: { id: string } }).team.id).toBe('team-two-folders');
    // A conflict is not retried by the next drain: it waits for the user's choice.
    expect(await drainOutbox(anna, folderB.store.sharedOutbox)).toMatchObject({ published: 0, conflicts: 0 });
    expect((await serverVersions('team-two-folders')).map((r) => r.version)).toEqual([1]);
  });

  it('names each waiting publish by its team as published, also once the team is deleted on this computer', async () => {
    const { store, scenarioId } = await folderWithTeam('team-deleted-after', 'Wijkteam Weg');
    await store.call('shared.publish', { scenarioId });
    await store.call('teams.delete', { id: 'team-deleted-after' });
    // The wachtrij cannot look the name up among the teams any more: the row itself says it.
    expect((await store.call('shared.status', {})).outbox).toMatchObject([
      { teamId: 'team-deleted-after', teamName: 'Wijkteam Weg', state: 'pending' },
    ]);
  });

  it('refuses to publish a Voorbeeldwijk team, whose ids every installation shares, and queues nothing', async () => {
    const store = openTestStore();
    stores.push(store);
    const sample = (await store.call('teams.list', {})).find((team) => team.isSample);
    if (!sample) throw new Error('no sample team');
    const error = await store.fail('shared.publish', { scenarioId: sample.scenarios[0]!.id });
    expect(error.code).toBe('conflict');
    expect(error.text.key).toBe('sharedDb.publish.sampleTeam');
    expect((await store.call('shared.status', {})).outbox).toEqual([]);
  });

  it('names the user whose password is missing (no PGPASSWORD, no pgpass) and keeps the publish waiting', async () => {
    const { store, scenarioId } = await folderWithTeam('team-no-password', 'Wijkteam Zonder Wachtwoord');
    await store.call('shared.publish', { scenarioId });
    const saved = { PGPASSWORD: process.env.PGPASSWORD, PGPASSFILE: process.env.PGPASSFILE };
    delete process.env.PGPASSWORD;
    process.env.PGPASSFILE = '/nonexistent/wtp-pgpass';
    const noPassword = openSharedDb(world.server.urlFor(PEOPLE.anna.name, '', DATABASE).replace(':@', '@'));
    try {
      expect(await drainOutbox(noPassword, store.sharedOutbox)).toMatchObject({ stoppedUnreachable: true });
    } finally {
      await noPassword.close();
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    const waiting = await store.call('shared.status', {});
    expect(waiting.outbox).toMatchObject([{ state: 'pending' }]);
    expect(waiting.outbox[0]!.lastError).toEqual({ key: 'sharedDb.error.noPassword', params: { user: 'anna' } });
  });

  it('keeps publishes pending when the server refuses the login itself, and sends them once the login works', async () => {
    const { store, scenarioId } = await folderWithTeam('team-wrong-password', 'Wijkteam Verkeerd Wachtwoord');
    const { publishId } = await store.call('shared.publish', { scenarioId });
    const wrongPassword = openSharedDb(world.server.urlFor(PEOPLE.anna.name, 'not-the-password', DATABASE));
    try {
      expect(await drainOutbox(wrongPassword, store.sharedOutbox)).toMatchObject({
        published: 0,
        refused: 0,
        stoppedUnreachable: true,
      });
    } finally {
      await wrongPassword.close();
    }
    const waiting = await store.call('shared.status', {});
    expect(waiting.outbox).toMatchObject([{ publishId, state: 'pending', attempts: 1 }]);
    expect(waiting.outbox[0]!.lastError?.key).toBe('sharedDb.error.login');

    expect(await drainOutbox(world.clientOf('anna'), store.sharedOutbox)).toMatchObject({ published: 1 });
    expect((await serverVersions('team-wrong-password')).map((r) => r.publish_id)).toEqual([publishId]);
  });

  it("marks a publish of another leader's team as refused with the server's reason and goes on with the next", async () => {
    const bram = world.clientOf('bram');
    await publishTeam(bram, {
      plan: teamPlan('team-of-bram', 'Wijkteam Bram'),
      expectedVersion: 0,
      publishId: crypto.randomUUID(),
    });
    const taken = await folderWithTeam('team-of-bram', 'Wijkteam Bram');
    const own = await folderWithTeam('team-anna-own', 'Wijkteam Anna');
    const anna = world.clientOf('anna');
    // Both in one folder: the refused one first, then anna's own team.
    const ownPlan = await own.store.call('plan.export', { scenarioId: own.scenarioId });
    const second = await taken.store.call('plan.import', { plan: ownPlan, onConflict: 'ask' });
    if (second.status !== 'imported') throw new Error('import failed');
    await taken.store.call('shared.publish', { scenarioId: taken.scenarioId });
    await taken.store.call('shared.publish', { scenarioId: second.scenarioId });

    expect(await drainOutbox(anna, taken.store.sharedOutbox)).toMatchObject({ published: 1, refused: 1 });
    const status = await taken.store.call('shared.status', {});
    expect(status.outbox).toMatchObject([{ teamId: 'team-of-bram', state: 'refused', attempts: 1 }]);
    // Whose team it is and what helps (the administrator hands it over), not a vague "not allowed".
    expect(status.outbox[0]!.lastError?.key).toBe('sharedDb.error.notYourTeam');
    const hr = await pullTeams(world.clientOf('hanna'));
    expect(hr.teams.filter((t) => t.teamId === 'team-of-bram').map((t) => t.ownerRole)).toEqual(['bram']);
  });
});
