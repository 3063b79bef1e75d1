import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishTeam } from '../../../node/sharedDb/publish.js';
import { pullTeams } from '../../../node/sharedDb/pull.js';
import { SharedDbError } from '../../../node/sharedDb/sharedDbError.js';
import { newPublishId, startSharedDbWorld, teamPlan, type SharedDbWorld } from './sharedDbFixture.js';

/**
 * The server goes away and comes back while the planner keeps its client open: calls in
 * between fail as `unreachable` (what an outbox keeps for later), and afterwards the same
 * client reconnects by itself and the next publish succeeds - nothing stored twice.
 */
let world: SharedDbWorld;
beforeAll(async () => {
  world = await startSharedDbWorld();
});
afterAll(async () => {
  await world?.close();
});

describe('a server restart between two publishes', () => {
  it('reports the gap as unreachable and publishes again after the restart on the same client', async () => {
    const anna = world.clientOf('anna');
    const plan = teamPlan('team-anna', 'Wijkteam Oost-1');
    expect(await publishTeam(anna, { plan, expectedVersion: 0, publishId: newPublishId() })).toMatchObject({
      status: 'published',
      version: 1,
    });

    world.server.stop();
    const whileDown = newPublishId();
    const error = await publishTeam(anna, { plan, expectedVersion: 1, publishId: whileDown }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SharedDbError);
    expect(error).toMatchObject({ kind: 'unreachable', text: { key: 'sharedDb.error.unreachable' } });

    world.server.start();
    // The outbox sends the waiting publish again, with the same publish id.
    expect(await publishTeam(anna, { plan, expectedVersion: 1, publishId: whileDown })).toMatchObject({
      status: 'published',
      version: 2,
      replayed: false,
    });
    const hr = await pullTeams(world.clientOf('hanna'));
    expect(hr.teams.map((t) => [t.teamId, t.version])).toEqual([['team-anna', 2]]);
  });

  it('sends a publish once more on a fresh connection when its connection is cut mid-request, and stores it once', async () => {
    const bram = world.clientOf('bram');
    const plan = teamPlan('team-bram', 'Wijkteam Oost-2');
    expect(await publishTeam(bram, { plan, expectedVersion: 0, publishId: newPublishId() })).toMatchObject({
      version: 1,
    });

    // The administrator holds the team row, so bram's publish waits inside the server;
    // then bram's connection is terminated under it, as a network cut or failover would.
    const admin = await world.admin();
    await admin.query('BEGIN');
    await admin.query("SELECT 1 FROM wtp.teams WHERE id = 'team-bram' FOR UPDATE");
    const publishId = newPublishId();
    const publishing = publishTeam(bram, { plan, expectedVersion: 1, publishId });
    const waitingPid = async () => {
      for (let i = 0; i < 100; i += 1) {
        const found = await world.admin().then(async (watcher) => {
          const rows = await watcher.query(
            "SELECT pid FROM pg_stat_activity WHERE usename = 'bram' AND wait_event_type = 'Lock'",
          );
          await watcher.end();
          return rows.rows[0]?.pid as number | undefined;
        });
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('the publish never reached the server');
    };
    const pid = await waitingPid();
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await admin.query('COMMIT');

    expect(await publishing).toMatchObject({ status: 'published', version: 2, replayed: false });
    const stored = await admin.query('SELECT count(*)::int AS n FROM wtp.team_snapshots WHERE publish_id = $1', [
      publishId,
    ]);
    expect(stored.rows).toEqual([{ n: 1 }]);
  });
});
