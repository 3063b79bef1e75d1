import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainOutbox } from '../../../node/sharedDb/drainOutbox.js';
import { SHARED_DB_URL_VARIABLE } from '../../../db/shared/sharedDbAddress.js';
import { compileFixtures } from '../../reliability/compileFixtures.js';
import { openTestStore, tempDir } from '../db/helpers.js';
import { DATABASE, PEOPLE, startSharedDbWorld, teamPlan, type SharedDbWorld } from './sharedDbFixture.js';

/**
 * kill -9 between queueing and sending: a planner process queues a publish and is killed
 * while that publish waits inside the server. Nothing is lost: the next start finds it
 * pending in the outbox, the drain sends it under the same publish id, and the server
 * holds it exactly once.
 */
let world: SharedDbWorld;
let publisher: string;
let address: string;
beforeAll(async () => {
  publisher = compileFixtures()('outboxPublisher');
  world = await startSharedDbWorld();
  address = world.server.urlFor(PEOPLE.anna.name, PEOPLE.anna.password, DATABASE);
  process.env[SHARED_DB_URL_VARIABLE] = address;
});
afterAll(async () => {
  delete process.env[SHARED_DB_URL_VARIABLE];
  await world?.close();
});

async function annaWaitingOnLock(): Promise<void> {
  const watcher = await world.admin();
  for (let i = 0; i < 200; i += 1) {
    const rows = await watcher.query(
      "SELECT 1 FROM pg_stat_activity WHERE usename = 'anna' AND wait_event_type = 'Lock'",
    );
    if (rows.rowCount) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the publish never reached the server');
}

describe('a planner killed while its publish is on its way', () => {
  it('sends the publish again after the restart, and the server stores it once', async () => {
    const dataDir = tempDir();
    const setup = openTestStore({ dataDir, seedSample: false });
    const imported = await setup.call('plan.import', {
      plan: teamPlan('team-killed', 'Wijkteam Kill'),
      onConflict: 'ask',
    });
    if (imported.status !== 'imported') throw new Error('the fixture plan did not import');
    const scenarioId = imported.scenarioId;
    // Version 1 is on the server, so the next publish has a team row to wait for.
    await setup.call('shared.publish', { scenarioId });
    expect(await drainOutbox(world.clientOf('anna'), setup.sharedOutbox)).toMatchObject({ published: 1 });
    const teams = await setup.call('teams.list', {});
    await setup.call('teams.update', { id: teams[0]!.id, name: 'Wijkteam Kill (na de crash)' });
    setup.close();

    const admin = await world.admin();
    await admin.query('BEGIN');
    await admin.query("SELECT 1 FROM wtp.teams WHERE id = 'team-killed' FOR UPDATE");
    const child = spawn(process.execPath, [publisher, dataDir, scenarioId], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, [SHARED_DB_URL_VARIABLE]: address },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const publishId = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /^queued (\S+)$/m.exec(out);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`the publisher exited (${code}) before queueing: ${stderr}`)));
    });
    await annaWaitingOnLock();
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    expect(await exited).toBe(null);
    await admin.query('COMMIT');

    const restarted = openTestStore({ dataDir, seedSample: false });
    try {
      const before = await restarted.call('shared.status', {});
      expect(before.outbox).toMatchObject([{ publishId, state: 'pending', expectedVersion: 1 }]);
      expect(await drainOutbox(world.clientOf('anna'), restarted.sharedOutbox)).toMatchObject({
        published: 1,
        conflicts: 0,
      });
      const after = await restarted.call('shared.status', {});
      expect(after.outbox).toEqual([]);
      expect(after.teams).toMatchObject([{ teamId: 'team-killed', sharedVersion: 2 }]);
    } finally {
      restarted.close();
    }
    const stored = await admin.query(
      "SELECT version, publish_id::text, plan->'team'->>'name' AS name FROM wtp.team_snapshots WHERE team_id = 'team-killed' ORDER BY version",
    );
    expect(stored.rows.map((r) => [r.version, r.name])).toEqual([
      [1, 'Wijkteam Kill'],
      [2, 'Wijkteam Kill (na de crash)'],
    ]);
    expect(stored.rows[1].publish_id).toBe(publishId);
  });
});
