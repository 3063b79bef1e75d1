import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, bench, describe } from 'vitest';
import { openPlannerStore } from '../../db/index.js';
import { sharedHrInput } from '../../db/shared/sharedHrInput.js';
import { addSharedDbUser } from '../../node/sharedDb/addUser.js';
import { migrateSharedDb } from '../../node/sharedDb/migrate.js';
import { openSharedDb } from '../../node/sharedDb/openSharedDb.js';
import { publishTeam } from '../../node/sharedDb/publish.js';
import { pullTeams } from '../../node/sharedDb/pull.js';
import { dispatch } from '../../shared/api/dispatch.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import { startThrowawayPostgres } from '../support/throwawayPostgres.js';
import { syntheticHrInput } from '../unit/hr/syntheticHrInput.js';

/**
 * The shared database in `npm run bench`, each case beside a baseline measured in the
 * same run on this machine: publishing one team (25 people) against saving the same plan
 * in the local SQLite file, and HR's pull of 200 published teams against HR's read of the
 * same 200 teams from a local SQLite file. A real PostgreSQL in a throwaway cluster on a
 * loopback port (tests/support/throwawayPostgres.ts); never an assertion.
 */
const server = await startThrowawayPostgres();
await server.createDatabase('bench');
const admin = new pg.Client({ connectionString: server.adminUrl('bench') });
await admin.connect();
await migrateSharedDb(admin);
await addSharedDbUser(admin, { name: 'leider', role: 'team-leader', area: 'Bench', password: 'leider-pw' });
await addSharedDbUser(admin, { name: 'hr', role: 'hr', password: 'hr-pw' });
await admin.end();
const leader = openSharedDb(server.urlFor('leider', 'leider-pw', 'bench'));
const hr = openSharedDb(server.urlFor('hr', 'hr-pw', 'bench'));

const input = syntheticHrInput(200, 25);
const plans: TeamPlan[] = input.scenarios.map((s) => ({ ...s.plan, exportedAt: '2026-11-29T00:00:00.000Z' }));
for (const plan of plans) await publishTeam(leader, { plan, expectedVersion: 0, publishId: randomUUID() });

// The local side: the same 200 teams in a SQLite file, as HR's own computer would have them.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wtp-bench-shared-'));
const store = openPlannerStore({ dataDir, appVersion: 'bench', seedSample: false, log: () => undefined });
for (const plan of plans) await dispatch(store.handlers, 'plan.import', { plan, onConflict: 'ask' });

const published = plans[0]!;
let version = 1;
let sink = 0;

afterAll(async () => {
  await leader.close();
  await hr.close();
  await store.whenIdle();
  store.close();
  server.destroy();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('publish one team (25 people)', () => {
  bench('baseline: save the plan in the local SQLite file (import, replacing the team)', async () => {
    const result = await dispatch(store.handlers, 'plan.import', { plan: published, onConflict: 'replace' });
    sink += result.ok ? 1 : 0;
  });
  bench('publish to PostgreSQL as the next version (publish_team, loopback)', async () => {
    const outcome = await publishTeam(leader, { plan: published, expectedVersion: version, publishId: randomUUID() });
    if (outcome.status === 'published') version = outcome.version;
  });
});

describe('HR reads 200 teams x 25 people', () => {
  bench('baseline: HR input from the local SQLite file (hr.overview)', async () => {
    const result = await dispatch(store.handlers, 'hr.overview', { includeScenarios: false });
    sink += result.ok ? 1 : 0;
  });
  bench('HR pull from PostgreSQL, into the same HR input (pullTeams + sharedHrInput)', async () => {
    const pull = await pullTeams(hr);
    sink += sharedHrInput({
      pulledAt: pull.pulledAt.toISOString(),
      teams: pull.teams.map((t) => ({ teamId: t.teamId, version: t.version, plan: t.plan })),
    }).scenarios.length;
  });
});

export { sink };
