import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DB_URL_VARIABLE } from '../../../db/shared/sharedDbAddress.js';
import { drainOutbox } from '../../../node/sharedDb/drainOutbox.js';
import { publishTeam } from '../../../node/sharedDb/publish.js';
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
 * What the user does with a publish the server did not store: a conflict is shown with
 * both sides and ends as keep mine, take theirs or keep both; a refused publish is sent
 * again or given up. Against a real PostgreSQL, two data folders of one team leader.
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

async function folderWithTeam(teamId: string, name: string) {
  const store = openTestStore({ seedSample: false });
  stores.push(store);
  return { store, scenarioId: await importTeamPlan(store, teamId, name) };
}

async function serverNames(teamId: string): Promise<string[]> {
  const admin = await world.admin();
  const result = await admin.query(
    "SELECT plan->'team'->>'name' AS name FROM wtp.team_snapshots WHERE team_id = $1 ORDER BY version",
    [teamId],
  );
  return result.rows.map((r: { name: string }) => r.name);
}

/**
 * Folder A publishes the team as "<name> A" (version 1); folder B, a second laptop with
 * the same team renamed "<name> B", publishes from base 0 and meets the conflict.
 */
async function conflictBetweenTwoFolders(teamId: string) {
  const anna = world.clientOf('anna');
  const a = await folderWithTeam(teamId, `${teamId} A`);
  await a.store.call('shared.publish', { scenarioId: a.scenarioId });
  await drainOutbox(anna, a.store.sharedOutbox);
  const b = await folderWithTeam(teamId, `${teamId} B`);
  const { publishId } = await b.store.call('shared.publish', { scenarioId: b.scenarioId });
  expect(await drainOutbox(anna, b.store.sharedOutbox)).toMatchObject({ conflicts: 1 });
  return { anna, b, publishId };
}

describe('resolving a conflicting publish', () => {
  it('shows both sides: my queued plan and the version on the server, who published it and when', async () => {
    const { b, publishId } = await conflictBetweenTwoFolders('conflict-sides');
    const conflict = await b.store.call('shared.conflict', { publishId });
    expect(conflict.mine.teamName).toBe('conflict-sides B');
    expect(conflict.theirs).toMatchObject({ teamName: 'conflict-sides A', version: 1, publishedBy: 'anna' });
    // Anna meets her own publication from another stand, and laptop B never published the
    // team: the screen words it so, not as "since your last publication, anna ...".
    expect(conflict.theirs.byMe).toBe(true);
    expect(conflict.mine.basedOn).toBe(0);
    expect(conflict.mine.members).toBeGreaterThan(0);
    expect(conflict.mine.memberNames).toEqual(conflict.theirs.memberNames);
    expect(conflict.mine.functions).toBe(conflict.theirs.functions);
  });

  it('keep mine: publishes over theirs as the next version, after having seen it', async () => {
    const { anna, b, publishId } = await conflictBetweenTwoFolders('conflict-mine');
    const answer = await b.store.call('shared.resolve', { publishId, choice: 'keepMine' });
    expect(answer.teamId).toBe('conflict-mine');
    expect((await b.store.call('shared.status', {})).outbox).toMatchObject([
      { publishId, state: 'pending', expectedVersion: 1 },
    ]);
    expect(await drainOutbox(anna, b.store.sharedOutbox)).toMatchObject({ published: 1, conflicts: 0 });
    expect(await serverNames('conflict-mine')).toEqual(['conflict-mine A', 'conflict-mine B']);
    expect((await b.store.call('shared.status', {})).teams).toMatchObject([
      { teamId: 'conflict-mine', sharedVersion: 2 },
    ]);
  });

  it('keep mine meets a new conflict, never an overwrite, when someone published again in between', async () => {
    const { anna, b, publishId } = await conflictBetweenTwoFolders('conflict-again');
    await b.store.call('shared.resolve', { publishId, choice: 'keepMine' });
    await publishTeam(anna, {
      plan: teamPlan('conflict-again', 'conflict-again C'),
      expectedVersion: 1,
      publishId: crypto.randomUUID(),
    });
    expect(await drainOutbox(anna, b.store.sharedOutbox)).toMatchObject({ published: 0, conflicts: 1 });
    expect(await serverNames('conflict-again')).toEqual(['conflict-again A', 'conflict-again C']);
  });

  it('take theirs: the local team becomes the shared version, and the next publish builds on it', async () => {
    const { anna, b, publishId } = await conflictBetweenTwoFolders('conflict-theirs');
    const answer = await b.store.call('shared.resolve', { publishId, choice: 'takeTheirs' });
    expect(answer.teamId).toBe('conflict-theirs');
    const teams = await b.store.call('teams.list', {});
    expect(teams.map((t) => t.name)).toEqual(['conflict-theirs A']);
    const status = await b.store.call('shared.status', {});
    expect(status.outbox).toEqual([]);
    expect(status.teams).toMatchObject([{ teamId: 'conflict-theirs', sharedVersion: 1 }]);
    expect(status.teams[0]!.lastPulledAt).not.toBeNull();

    await b.store.call('shared.publish', { scenarioId: answer.scenarioId! });
    expect(await drainOutbox(anna, b.store.sharedOutbox)).toMatchObject({ published: 1, conflicts: 0 });
    expect(await serverNames('conflict-theirs')).toEqual(['conflict-theirs A', 'conflict-theirs A']);
  });

  it('take theirs: people the server’s version brings get their discipline by the store’s one rule', async () => {
    // The server's version as an older planner published it: two people with disciplines as
    // typed (db/repositories/disciplines.ts), put in before laptop B meets the conflict.
    const teamId = 'conflict-discipline';
    const anna = world.clientOf('anna');
    const a = await folderWithTeam(teamId, `${teamId} A`);
    await a.store.call('shared.publish', { scenarioId: a.scenarioId });
    await drainOutbox(anna, a.store.sharedOutbox);
    const admin = await world.admin();
    const { plan } = (
      await admin.query('SELECT plan FROM wtp.team_snapshots WHERE team_id = $1 AND version = 1', [teamId])
    ).rows[0] as { plan: ReturnType<typeof teamPlan> };
    const model = plan.professionals[0]!;
    plan.professionals.push(
      { ...model, id: 'typed-social', name: 'Tineke Typt', discipline: '  maatschappelijk Werker ' },
      { ...model, id: 'typed-coach', name: 'Sem Spatie', discipline: 'Buurtsportcoach  ' },
    );
    await admin.query('UPDATE wtp.team_snapshots SET plan = $2 WHERE team_id = $1 AND version = 1', [teamId, plan]);
    const b = await folderWithTeam(teamId, `${teamId} B`);
    const { publishId } = await b.store.call('shared.publish', { scenarioId: b.scenarioId });
    expect(await drainOutbox(anna, b.store.sharedOutbox)).toMatchObject({ conflicts: 1 });

    await b.store.call('shared.resolve', { publishId, choice: 'takeTheirs' });
    const people = await b.store.call('professionals.list', {});
    expect(people.find((p) => p.id === 'typed-social')?.discipline).toBe('socialWorker');
    expect(people.find((p) => p.id === 'typed-coach')?.discipline).toBe('Buurtsportcoach');
  });

  it('keep both: theirs becomes a new local team beside mine, which stays as it was', async () => {
    const { b, publishId } = await conflictBetweenTwoFolders('conflict-both');
    const answer = await b.store.call('shared.resolve', { publishId, choice: 'keepBoth' });
    expect(answer.teamId).not.toBe('conflict-both');
    const names = (await b.store.call('teams.list', {})).map((t) => t.name).sort();
    expect(names).toEqual(['conflict-both A (kopie)', 'conflict-both B']);
    expect((await b.store.call('shared.status', {})).outbox).toEqual([]);
    expect(await serverNames('conflict-both')).toEqual(['conflict-both A']);
  });

  it('discards a conflicting publish on request, leaving the local team untouched', async () => {
    const { b, publishId } = await conflictBetweenTwoFolders('conflict-discard');
    await b.store.call('shared.discard', { publishId });
    expect((await b.store.call('shared.status', {})).outbox).toEqual([]);
    expect((await b.store.call('teams.list', {})).map((t) => t.name)).toEqual(['conflict-discard B']);
    expect((await b.store.fail('shared.resolve', { publishId, choice: 'keepMine' })).code).toBe('notFound');
  });
});

describe('a refused publish', () => {
  it('is sent again on request once the reason is gone, and a waiting publish cannot be discarded', async () => {
    const bram = world.clientOf('bram');
    await publishTeam(bram, {
      plan: teamPlan('refused-retry', 'Team van Bram'),
      expectedVersion: 0,
      publishId: crypto.randomUUID(),
    });
    const { store, scenarioId } = await folderWithTeam('refused-retry', 'Team van Bram');
    const { publishId } = await store.call('shared.publish', { scenarioId });
    const anna = world.clientOf('anna');
    expect(await drainOutbox(anna, store.sharedOutbox)).toMatchObject({ refused: 1 });

    // The administrator hands the team over to anna.
    const admin = await world.admin();
    await admin.query("UPDATE wtp.teams SET owner_role = 'anna' WHERE id = 'refused-retry'");
    await store.call('shared.retry', { publishId });
    expect((await store.call('shared.status', {})).outbox).toMatchObject([{ state: 'pending', lastError: null }]);
    expect((await store.fail('shared.discard', { publishId })).code).toBe('notFound');
    // Its base is still 0: the server now has bram's version 1, so this is a conflict to show, not an overwrite.
    expect(await drainOutbox(anna, store.sharedOutbox)).toMatchObject({ conflicts: 1 });
  });
});
