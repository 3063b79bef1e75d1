import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishTeam, type PublishOutcome, type PublishRequest } from '../../../node/sharedDb/publish.js';
import { pullTeams, type PulledTeam } from '../../../node/sharedDb/pull.js';
import { SharedDbError } from '../../../node/sharedDb/sharedDbError.js';
import { newPublishId, startSharedDbWorld, teamPlan, type SharedDbWorld } from './sharedDbFixture.js';

/**
 * Two team leaders and HR against one real PostgreSQL, through the planner's client
 * module: each leader publishes the own team, HR pulls both, versions only move forward,
 * a stale publish is a conflict with the other side's plan, and a retried publish id is
 * stored once.
 */
let world: SharedDbWorld;
beforeAll(async () => {
  world = await startSharedDbWorld();
});
afterAll(async () => {
  await world?.close();
});

describe('publishing and pulling team plans', () => {
  it('lets each leader publish the own team and HR pull both, with versions and publication times', async () => {
    const anna = world.clientOf('anna');
    const bram = world.clientOf('bram');
    const before = Date.now() - 60_000;
    const a = await publishTeam(anna, {
      plan: teamPlan('team-anna', 'Wijkteam Oost-1'),
      expectedVersion: 0,
      publishId: newPublishId(),
    });
    const b = await publishTeam(bram, {
      plan: teamPlan('team-bram', 'Wijkteam Oost-2'),
      expectedVersion: 0,
      publishId: newPublishId(),
    });
    expect(a).toMatchObject({ status: 'published', version: 1, replayed: false });
    expect(b).toMatchObject({ status: 'published', version: 1, replayed: false });

    const hr = await pullTeams(world.clientOf('hanna'));
    const summary = (t: PulledTeam) => [t.teamId, t.name, t.area, t.ownerRole, t.version, t.publishedBy];
    expect(hr.teams.map(summary)).toEqual([
      ['team-anna', 'Wijkteam Oost-1', 'Oost', 'anna', 1, 'anna'],
      ['team-bram', 'Wijkteam Oost-2', 'Oost', 'bram', 1, 'bram'],
    ]);
    for (const team of hr.teams) {
      expect(team.problems).toEqual([]);
      expect(team.plan?.team.id).toBe(team.teamId);
      expect(team.plan?.professionals.length).toBeGreaterThan(0);
      expect(team.publishedAt.getTime()).toBeGreaterThan(before);
    }
    expect(hr.pulledAt.getTime()).toBeGreaterThanOrEqual(hr.teams[0]!.publishedAt.getTime());

    // Without the municipality's permission a leader reads only the own team.
    expect((await pullTeams(anna)).teams.map((t) => t.teamId)).toEqual(['team-anna']);
  });

  it('moves a version forward only from the version the publisher last saw', async () => {
    const anna = world.clientOf('anna');
    const plan = teamPlan('team-versions', 'Wijkteam Versies');
    const first = await publishTeam(anna, { plan, expectedVersion: 0, publishId: newPublishId() });
    const second = await publishTeam(anna, {
      plan: { ...plan, team: { ...plan.team, name: 'Wijkteam Versies (nieuw)' } },
      expectedVersion: 1,
      publishId: newPublishId(),
    });
    expect([first.status, second.status]).toEqual(['published', 'published']);
    expect(second).toMatchObject({ version: 2 });

    const stale = await publishTeam(anna, { plan, expectedVersion: 1, publishId: newPublishId() });
    expect(stale.status).toBe('conflict');
    if (stale.status !== 'conflict') return;
    expect(stale.theirs).toMatchObject({ version: 2, publishedBy: 'anna' });
    expect((stale.theirs.plan as { team: { name: string } }).team.name).toBe('Wijkteam Versies (nieuw)');

    const admin = await world.admin();
    const stored = await admin.query(
      "SELECT version FROM wtp.team_snapshots WHERE team_id = 'team-versions' ORDER BY version",
    );
    expect(stored.rows.map((r) => r.version)).toEqual([1, 2]);
  });

  it('gives exactly one of two concurrent publishes of one version, the other a conflict with the winner', async () => {
    const plan = teamPlan('team-race', 'Wijkteam Race');
    await publishTeam(world.clientOf('bram'), { plan, expectedVersion: 0, publishId: newPublishId() });
    const laptop = world.clientOf('bram');
    const desktop = world.clientOf('bram');
    const ids = [newPublishId(), newPublishId()];
    const outcomes: PublishOutcome[] = await Promise.all([
      publishTeam(laptop, {
        plan: { ...plan, team: { ...plan.team, name: 'Laptop' } },
        expectedVersion: 1,
        publishId: ids[0]!,
      }),
      publishTeam(desktop, {
        plan: { ...plan, team: { ...plan.team, name: 'Desktop' } },
        expectedVersion: 1,
        publishId: ids[1]!,
      }),
    ]);
    const winners = outcomes.filter((o) => o.status === 'published');
    const losers = outcomes.filter((o) => o.status === 'conflict');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const winnerName = outcomes[0]!.status === 'published' ? 'Laptop' : 'Desktop';
    const loser = losers[0]!;
    if (loser.status !== 'conflict') return;
    expect(loser.theirs.version).toBe(2);
    expect((loser.theirs.plan as { team: { name: string } }).team.name).toBe(winnerName);

    const admin = await world.admin();
    const stored = await admin.query("SELECT count(*)::int AS n FROM wtp.team_snapshots WHERE team_id = 'team-race'");
    expect(stored.rows[0].n).toBe(2);
  });

  it('stores a publish sent twice with the same publish id once, and answers the retry with its version', async () => {
    const anna = world.clientOf('anna');
    const plan = teamPlan('team-retry', 'Wijkteam Retry');
    // What an outbox stores when the user publishes, and sends again until answered.
    const request: PublishRequest = { plan, expectedVersion: 0, publishId: newPublishId() };
    const publishId = request.publishId;
    const first = await publishTeam(anna, request);
    // The answer was lost; the outbox sends the same request again, still expecting 0.
    const retry = await publishTeam(anna, request);
    expect(first).toMatchObject({ status: 'published', version: 1, replayed: false });
    expect(retry).toMatchObject({ status: 'published', version: 1, replayed: true });

    // Two retries racing each other are stored once as well.
    const racingId = newPublishId();
    const racing = await Promise.all([
      publishTeam(world.clientOf('anna'), { plan, expectedVersion: 1, publishId: racingId }),
      publishTeam(world.clientOf('anna'), { plan, expectedVersion: 1, publishId: racingId }),
    ]);
    expect(racing.map((o) => o.status)).toEqual(['published', 'published']);
    expect(racing.map((o) => (o.status === 'published' ? o.version : 0))).toEqual([2, 2]);

    // A publish id belongs to one publication: reused for another team it is a caller's bug, not a retry.
    const reused = await publishTeam(anna, { ...request, plan: teamPlan('team-other', 'Ander team') }).catch(
      (e: unknown) => e,
    );
    expect(reused).toMatchObject({ kind: 'failed', sqlState: 'WT422' });

    const admin = await world.admin();
    const stored = await admin.query("SELECT publish_id FROM wtp.team_snapshots WHERE team_id = 'team-retry'");
    expect(stored.rows.map((r) => r.publish_id).sort()).toEqual([publishId, racingId].sort());
  });

  it("refuses through the client module a publish of another leader's team, as a refusal and not a conflict", async () => {
    const error = await publishTeam(world.clientOf('bram'), {
      plan: teamPlan('team-anna', 'Overgenomen'),
      expectedVersion: 1,
      publishId: newPublishId(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SharedDbError);
    expect(error).toMatchObject({ kind: 'refused', text: { key: 'sharedDb.error.notYourTeam' } });
  });
});
