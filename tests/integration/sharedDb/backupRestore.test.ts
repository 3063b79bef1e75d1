import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSharedDb } from '../../../node/sharedDb/openSharedDb.js';
import { publishTeam } from '../../../node/sharedDb/publish.js';
import { pullTeams } from '../../../node/sharedDb/pull.js';
import { DATABASE, PEOPLE, newPublishId, startSharedDbWorld, teamPlan, type SharedDbWorld } from './sharedDbFixture.js';

/**
 * The backup docs/shared-database.md tells IT to make: pg_dump in the custom format by a
 * role that is not bound by row-level security, restored with pg_restore into a new
 * database, gives back every team and version with the policies still in force.
 */
let world: SharedDbWorld;
let dir: string;
beforeAll(async () => {
  world = await startSharedDbWorld();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wtp-backup-'));
});
afterAll(async () => {
  await world?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function run(program: string, args: string[]) {
  const result = spawnSync(world.server.program(program), args, { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('backing up and restoring the shared database', () => {
  it('restores every team and version, and the restored database still enforces ownership', async () => {
    const plan = teamPlan('team-anna', 'Wijkteam Oost-1');
    await publishTeam(world.clientOf('anna'), { plan, expectedVersion: 0, publishId: newPublishId() });
    await publishTeam(world.clientOf('anna'), { plan, expectedVersion: 1, publishId: newPublishId() });
    await publishTeam(world.clientOf('bram'), {
      plan: teamPlan('team-bram', 'Wijkteam Oost-2'),
      expectedVersion: 0,
      publishId: newPublishId(),
    });

    // A team leader is bound by the policies: pg_dump refuses rather than dump a part.
    const partial = run('pg_dump', [
      '--format=custom',
      `--file=${dir}/anna.dump`,
      world.server.urlFor('anna', PEOPLE.anna.password, DATABASE),
    ]);
    expect(partial.status).not.toBe(0);
    expect(partial.stderr).toMatch(/row-level security|permission denied/);

    const dump = path.join(dir, 'wtp.dump');
    expect(run('pg_dump', ['--format=custom', `--file=${dump}`, world.server.adminUrl(DATABASE)])).toMatchObject({
      status: 0,
    });
    await world.server.createDatabase('restored');
    expect(run('pg_restore', ['--exit-on-error', `--dbname=${world.server.adminUrl('restored')}`, dump])).toMatchObject(
      { status: 0 },
    );

    const connect = (person: 'anna' | 'bram' | 'hanna') => {
      const client = openSharedDb(world.server.urlFor(PEOPLE[person].name, PEOPLE[person].password, 'restored'));
      return client;
    };
    const hr = connect('hanna');
    const restored = await pullTeams(hr);
    const original = await pullTeams(world.clientOf('hanna'));
    const summary = (pull: typeof restored) =>
      pull.teams.map((t) => [t.teamId, t.version, t.ownerRole, t.publishedAt.toISOString()]);
    expect(summary(restored)).toEqual([
      ['team-anna', 2, 'anna', expect.any(String)],
      ['team-bram', 1, 'bram', expect.any(String)],
    ]);
    expect(summary(restored)).toEqual(summary(original));

    const bram = connect('bram');
    await expect(
      publishTeam(bram, { plan: teamPlan('team-anna', 'Overgenomen'), expectedVersion: 2, publishId: newPublishId() }),
    ).rejects.toMatchObject({ kind: 'refused' });
    const anna = connect('anna');
    expect(await publishTeam(anna, { plan, expectedVersion: 2, publishId: newPublishId() })).toMatchObject({
      version: 3,
    });
    await Promise.all([hr.close(), bram.close(), anna.close()]);
  });
});
