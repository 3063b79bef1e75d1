import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { addSharedDbUser, type NewUser } from '../../../node/sharedDb/addUser.js';
import { migrateSharedDb } from '../../../node/sharedDb/migrate.js';
import { openSharedDb } from '../../../node/sharedDb/openSharedDb.js';
import type { SharedDbClient } from '../../../node/sharedDb/sharedDbClient.js';
import { parsePlanJson } from '../../../shared/plan/parsePlan.js';
import type { TeamPlan } from '../../../shared/plan/planSchema.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../support/throwawayPostgres.js';
import type { TestStore } from '../db/helpers.js';

/**
 * One shared database for a test file: a throwaway cluster, the schema migrated as the
 * administrator, and the people of the scenario - two team leaders in area Oost and one
 * HR user - each with their own login role and password, as the admin command makes them.
 */
export const DATABASE = 'wtp';
export const PEOPLE = {
  anna: { name: 'anna', role: 'team-leader', area: 'Oost', password: 'anna-secret' },
  bram: { name: 'bram', role: 'team-leader', area: 'Oost', password: 'bram-secret' },
  carla: { name: 'carla', role: 'team-leader', area: 'West', password: 'carla-secret' },
  hanna: { name: 'hanna', role: 'hr', password: 'hanna-secret' },
} as const satisfies Record<string, NewUser>;
export type Person = keyof typeof PEOPLE;

export interface SharedDbWorld {
  server: ThrowawayPostgres;
  /** The planner's client module, signed in as this person. */
  clientOf(person: Person): SharedDbClient;
  /** A raw connection as this person, bypassing the planner entirely. */
  rawAs(person: Person): Promise<pg.Client>;
  /** A raw connection as the cluster's superuser. */
  admin(): Promise<pg.Client>;
  close(): Promise<void>;
}

export async function startSharedDbWorld(): Promise<SharedDbWorld> {
  const server = await startThrowawayPostgres();
  await server.createDatabase(DATABASE);
  const connect = async (url: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return client;
  };
  const admin = () => connect(server.adminUrl(DATABASE));
  const adminClient = await admin();
  try {
    await migrateSharedDb(adminClient);
    for (const person of Object.values(PEOPLE)) await addSharedDbUser(adminClient, person);
  } finally {
    await adminClient.end();
  }
  const opened: { end(): Promise<void> }[] = [];
  const urlOf = (person: Person) => server.urlFor(PEOPLE[person].name, PEOPLE[person].password, DATABASE);
  return {
    server,
    clientOf(person) {
      const client = openSharedDb(urlOf(person));
      opened.push({ end: () => client.close() });
      return client;
    },
    async rawAs(person) {
      const client = await connect(urlOf(person));
      opened.push(client);
      return client;
    },
    async admin() {
      const client = await admin();
      opened.push(client);
      return client;
    },
    async close() {
      await Promise.allSettled(opened.map((c) => c.end()));
      server.destroy();
    },
  };
}

const FIXTURE = path.join(import.meta.dirname, '../../fixtures/v1/wijkteam-oost.plan.json');

/** A real team plan (format 2, upgraded from a fixture) with its own team id and name. */
export function teamPlan(teamId: string, name: string): TeamPlan {
  const parsed = parsePlanJson(fs.readFileSync(FIXTURE, 'utf8'));
  if (!parsed.ok) throw new Error(`fixture plan does not parse: ${JSON.stringify(parsed.issues)}`);
  return { ...parsed.plan, team: { ...parsed.plan.team, id: teamId, name } };
}

export const newPublishId = (): string => randomUUID();

/** Imports `teamPlan(teamId, name)` into a test store, as a user would, and gives its main scenario. */
export async function importTeamPlan(store: TestStore, teamId: string, name: string): Promise<string> {
  const imported = await store.call('plan.import', { plan: teamPlan(teamId, name), onConflict: 'ask' });
  if (imported.status !== 'imported') throw new Error('the fixture plan did not import');
  return imported.scenarioId;
}

/** The versions of a team the server holds, oldest first. */
export async function serverVersions(world: SharedDbWorld, teamId: string): Promise<number[]> {
  // A connection of its own per question: an idle one would be cut when the server stops.
  const admin = new pg.Client({ connectionString: world.server.adminUrl(DATABASE) });
  await admin.connect();
  try {
    const result = await admin.query('SELECT version FROM wtp.team_snapshots WHERE team_id = $1 ORDER BY version', [
      teamId,
    ]);
    return result.rows.map((r: { version: number }) => r.version);
  } finally {
    await admin.end();
  }
}
