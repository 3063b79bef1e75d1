import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishTeam } from '../../../node/sharedDb/publish.js';
import { pullTeams } from '../../../node/sharedDb/pull.js';
import { newPublishId, startSharedDbWorld, teamPlan, type SharedDbWorld } from './sharedDbFixture.js';

/**
 * The database itself refuses what the planner must never do, tested with each person's
 * OWN connection and raw SQL, bypassing the planner's code: a team leader cannot create,
 * change or publish another leader's team, nor hand a team over or move it to another
 * area; HR cannot write at all; nobody deletes. A bug in the planner therefore cannot let
 * one team leader overwrite another's team.
 */
let world: SharedDbWorld;
let bram: pg.Client;
let hanna: pg.Client;
const annaPlan = teamPlan('team-anna', 'Wijkteam Oost-1');

beforeAll(async () => {
  world = await startSharedDbWorld();
  await publishTeam(world.clientOf('anna'), { plan: annaPlan, expectedVersion: 0, publishId: newPublishId() });
  bram = await world.rawAs('bram');
  hanna = await world.rawAs('hanna');
});
afterAll(async () => {
  await world?.close();
});

/** The SQLSTATE the server answered with; fails the test when the statement succeeded. */
async function refusal(client: pg.Client, sql: string, params: unknown[] = []): Promise<string> {
  const outcome = await client.query(sql, params).then(
    (result) => ({ ok: true as const, rowCount: result.rowCount }),
    (error: { code?: string }) => ({ ok: false as const, code: error.code }),
  );
  if (outcome.ok) throw new Error(`the database accepted: ${sql} (${outcome.rowCount} rows)`);
  return outcome.code ?? 'no code';
}

async function annaTeam() {
  const admin = await world.admin();
  const team = await admin.query(
    "SELECT name, area, owner_role, current_version FROM wtp.teams WHERE id = 'team-anna'",
  );
  const snapshots = await admin.query(
    "SELECT version, published_by FROM wtp.team_snapshots WHERE team_id = 'team-anna'",
  );
  await admin.end();
  return { team: team.rows, snapshots: snapshots.rows };
}

describe("a team leader and another leader's team", () => {
  it('is refused when publishing it through the publish function', async () => {
    const plan = JSON.stringify(teamPlan('team-anna', 'Overgenomen door Bram'));
    for (const expected of [0, 1, 2]) {
      expect(
        await refusal(bram, 'SELECT * FROM wtp.publish_team($1, $2, $3, $4, $5)', [
          'team-anna',
          'Overgenomen',
          expected,
          newPublishId(),
          plan,
        ]),
      ).toBe('WT403');
    }
  });

  it('is refused when adding a snapshot to it directly', async () => {
    const plan = JSON.stringify(annaPlan);
    expect(
      await refusal(
        bram,
        'INSERT INTO wtp.team_snapshots (team_id, version, plan, publish_id) VALUES ($1, 2, $2, $3)',
        ['team-anna', plan, newPublishId()],
      ),
    ).toBe('42501');
    // Not even in anna's name.
    expect(
      await refusal(
        bram,
        "INSERT INTO wtp.team_snapshots (team_id, version, plan, publish_id, published_by) VALUES ($1, 2, $2, $3, 'anna')",
        ['team-anna', plan, newPublishId()],
      ),
    ).toBe('42501');
  });

  it('changes nothing when updating it directly, and cannot take it over or move it', async () => {
    // Row-level security hides the row from an UPDATE: zero rows, not an error.
    const update = await bram.query(
      "UPDATE wtp.teams SET name = 'Overgenomen', current_version = 9 WHERE id = 'team-anna'",
    );
    expect(update.rowCount).toBe(0);
    // Ownership and area are no updatable columns at all, not even of the own teams.
    expect(await refusal(bram, "UPDATE wtp.teams SET owner_role = 'bram' WHERE id = 'team-anna'")).toBe('42501');
    expect(await refusal(bram, "UPDATE wtp.teams SET area = 'West'")).toBe('42501');
  });

  it("is refused when creating a team in another leader's name or another area", async () => {
    expect(
      await refusal(bram, "INSERT INTO wtp.teams (id, name, area, owner_role) VALUES ('team-x', 'X', 'Oost', 'anna')"),
    ).toBe('42501');
    expect(
      await refusal(bram, "INSERT INTO wtp.teams (id, name, area, owner_role) VALUES ('team-y', 'Y', 'West', 'bram')"),
    ).toBe('42501');
  });

  it('cannot delete teams or snapshots', async () => {
    expect(await refusal(bram, "DELETE FROM wtp.team_snapshots WHERE team_id = 'team-anna'")).toBe('42501');
    expect(await refusal(bram, "DELETE FROM wtp.teams WHERE id = 'team-anna'")).toBe('42501');
  });

  it("leaves anna's team exactly as she published it", async () => {
    expect(await annaTeam()).toEqual({
      team: [{ name: 'Wijkteam Oost-1', area: 'Oost', owner_role: 'anna', current_version: 1 }],
      snapshots: [{ version: 1, published_by: 'anna' }],
    });
  });
});

describe('HR', () => {
  it('reads every team but cannot write, publish or change the settings', async () => {
    expect((await hanna.query('SELECT id FROM wtp.teams')).rows).toEqual([{ id: 'team-anna' }]);
    const plan = JSON.stringify(annaPlan);
    expect(
      await refusal(hanna, 'SELECT * FROM wtp.publish_team($1, $2, 1, $3, $4)', [
        'team-anna',
        'HR',
        newPublishId(),
        plan,
      ]),
    ).toBe('42501');
    expect(await refusal(hanna, "UPDATE wtp.teams SET name = 'HR' WHERE id = 'team-anna'")).toBe('42501');
    expect(
      await refusal(
        hanna,
        "INSERT INTO wtp.teams (id, name, area, owner_role) VALUES ('team-hr', 'HR', 'Oost', 'hanna')",
      ),
    ).toBe('42501');
    expect(
      await refusal(
        hanna,
        'INSERT INTO wtp.team_snapshots (team_id, version, plan, publish_id) VALUES ($1, 2, $2, $3)',
        ['team-anna', plan, newPublishId()],
      ),
    ).toBe('42501');
    expect(await refusal(hanna, 'UPDATE wtp.settings SET leaders_read_own_area = true')).toBe('42501');
    expect(await annaTeam()).toMatchObject({ snapshots: [{ version: 1 }] });
  });
});

describe('reading other teams', () => {
  it('follows the municipality setting: same-area teams only when allowed, never other areas', async () => {
    await publishTeam(world.clientOf('carla'), {
      plan: teamPlan('team-carla', 'Wijkteam West'),
      expectedVersion: 0,
      publishId: newPublishId(),
    });
    const visibleTo = async (person: 'bram' | 'carla') =>
      (await pullTeams(world.clientOf(person))).teams.map((t) => t.teamId);
    expect(await visibleTo('bram')).toEqual([]);

    const admin = await world.admin();
    await admin.query('UPDATE wtp.settings SET leaders_read_own_area = true');
    await admin.end();
    expect(await visibleTo('bram')).toEqual(['team-anna']);
    expect(await visibleTo('carla')).toEqual(['team-carla']);
    // Reading is not writing: bram still cannot publish the team he can now see.
    expect(
      await refusal(bram, 'SELECT * FROM wtp.publish_team($1, $2, 1, $3, $4)', [
        'team-anna',
        'Overgenomen',
        newPublishId(),
        JSON.stringify(annaPlan),
      ]),
    ).toBe('WT403');
    // Nor can a leader change the own area to read another area's teams.
    expect(await refusal(bram, "UPDATE wtp.team_leaders SET area = 'West'")).toBe('42501');
  });

  it('gives the login roles no power beyond their group: no superuser, no row-level security bypass', async () => {
    const admin = await world.admin();
    const roles = await admin.query(
      "SELECT rolname, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname IN ('anna', 'bram', 'carla', 'hanna') ORDER BY rolname",
    );
    await admin.end();
    expect(roles.rows.every((r) => !r.rolsuper && !r.rolbypassrls && !r.rolcreaterole && !r.rolcreatedb)).toBe(true);
    expect(roles.rows).toHaveLength(4);
  });
});
