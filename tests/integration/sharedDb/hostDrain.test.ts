import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { publishTeam } from '../../../node/sharedDb/publish.js';
import path from 'node:path';
import { InstallationSettings } from '../../../node/sharedDb/installationSettings.js';
import { keychainPassword } from '../../../node/sharedDb/keychainPassword.js';
import { SharedSync } from '../../../node/sharedDb/sharedSync.js';
import { fakeSafeStorage } from './fakeSafeStorage.js';
import { openTestStore, tempDir, type TestStore } from '../db/helpers.js';
import {
  DATABASE,
  PEOPLE,
  startSharedDbWorld,
  teamPlan,
  type Person,
  type SharedDbWorld,
  importTeamPlan,
  serverVersions,
} from './sharedDbFixture.js';

/**
 * The hosts' drain (node/sharedDb/sharedSync.ts) against a real PostgreSQL: it sends at
 * start and right after a publish, backs off while the server is away and sends on its
 * own once it is back, leaves refused rows alone, and keeps still around a restore.
 */
let world: SharedDbWorld;
const opened: { store: TestStore; sync: SharedSync }[] = [];
beforeAll(async () => {
  world = await startSharedDbWorld();
});
afterEach(async () => {
  for (const { store, sync } of opened.splice(0)) {
    await sync.stop();
    store.close();
  }
});
afterAll(async () => {
  await world?.close();
});

/**
 * A data folder with one team and a drain signed in as `person`, not started yet: the
 * address saved as the settings screen saves it, the password in a (test) keychain.
 */
async function folder(teamId: string, person: Person = 'anna', timing = { intervalMs: 60_000, retryMs: 50 }) {
  const dataDir = tempDir();
  const vault = keychainPassword(fakeSafeStorage(), path.join(dataDir, 'shared-db-password.bin'));
  const installation = new InstallationSettings(dataDir, vault, {});
  installation.save({
    server: '127.0.0.1',
    port: world.server.port,
    database: DATABASE,
    user: PEOPLE[person].name,
    caFile: null,
    password: PEOPLE[person].password,
  });
  const sync = new SharedSync({ installation, log: () => undefined, ...timing, maxRetryMs: 200 });
  const store = openTestStore({ dataDir, seedSample: false, sharedSync: sync });
  opened.push({ store, sync });
  return { store, sync, scenarioId: await importTeamPlan(store, teamId, `Team ${teamId}`) };
}

async function eventually(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const until = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the hosts drain the outbox', () => {
  it('sends what was queued before the start, at the start', async () => {
    const { store, sync, scenarioId } = await folder('host-at-start');
    await store.call('shared.publish', { scenarioId });
    expect(await serverVersions(world, 'host-at-start')).toEqual([]);
    sync.start(store.sharedOutbox);
    await eventually(async () => (await serverVersions(world, 'host-at-start')).length === 1, 'the publish stored');
    await eventually(async () => (await store.call('shared.status', {})).outbox.length === 0, 'the outbox empty');
    expect(sync.connection()).toMatchObject({ unreachableSince: null, lastError: null });
    expect(sync.connection().lastSentAt).not.toBeNull();
  });

  it('sends a publish right away, without waiting for the timer', async () => {
    const { store, sync, scenarioId } = await folder('host-right-away');
    sync.start(store.sharedOutbox);
    await sync.drainNow();
    await store.call('shared.publish', { scenarioId });
    // The regular interval is a minute: only the publish's own kick can send it this soon.
    await eventually(async () => (await serverVersions(world, 'host-right-away')).length === 1, 'the publish stored');
  });

  it('notes since when the server is away, backs off, and sends on its own once it is back', async () => {
    const { store, sync, scenarioId } = await folder('host-server-away');
    sync.start(store.sharedOutbox);
    await sync.drainNow();
    world.server.stop();
    try {
      await store.call('shared.publish', { scenarioId });
      await eventually(() => sync.connection().unreachableSince !== null, 'the server noted as unreachable');
      expect(sync.connection().lastError?.key).toBe('sharedDb.error.unreachable');
      const since = sync.connection().unreachableSince;
      await eventually(
        async () => (await store.call('shared.status', {})).outbox[0]!.attempts >= 2,
        'a second attempt after the back-off',
      );
      // Still the moment it first went away, not the latest attempt.
      expect(sync.connection().unreachableSince).toBe(since);
    } finally {
      world.server.start();
    }
    await eventually(async () => (await serverVersions(world, 'host-server-away')).length === 1, 'the publish stored');
    await eventually(() => sync.connection().unreachableSince === null, 'the server reachable again');
    expect((await store.call('shared.status', {})).outbox).toEqual([]);
  });

  it('leaves a refused publish visible and does not send it again', async () => {
    await publishTeam(world.clientOf('bram'), {
      plan: teamPlan('host-of-bram', 'Team van Bram'),
      expectedVersion: 0,
      publishId: crypto.randomUUID(),
    });
    const { store, sync, scenarioId } = await folder('host-of-bram', 'anna', { intervalMs: 30, retryMs: 30 });
    sync.start(store.sharedOutbox);
    await store.call('shared.publish', { scenarioId });
    await eventually(async () => (await store.call('shared.status', {})).outbox[0]?.state === 'refused', 'refused');
    // Many timer rounds later the row is still there, tried once.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const status = await store.call('shared.status', {});
    expect(status.outbox).toMatchObject([{ state: 'refused', attempts: 1 }]);
    // Says whose team it is and what helps (the administrator hands it over), not "not allowed".
    expect(status.outbox[0]!.lastError?.key).toBe('sharedDb.error.notYourTeam');
  });

  it('sends nothing while paused (a restore) and goes on afterwards', async () => {
    const { store, sync, scenarioId } = await folder('host-paused');
    sync.start(store.sharedOutbox);
    await sync.drainNow();
    await sync.paused(async () => {
      await store.call('shared.publish', { scenarioId });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await serverVersions(world, 'host-paused')).toEqual([]);
    });
    await eventually(async () => (await serverVersions(world, 'host-paused')).length === 1, 'sent after the pause');
  });

  it('restores a backup with the drain paused, and a stopped drain sends nothing more', async () => {
    const { store, sync, scenarioId } = await folder('host-restore');
    sync.start(store.sharedOutbox);
    const backup = await store.call('backups.create', {});
    await store.call('backups.restore', { id: backup.id });
    await store.call('shared.publish', { scenarioId });
    await eventually(async () => (await serverVersions(world, 'host-restore')).length === 1, 'sent after the restore');
    await sync.stop();
    await store.call('shared.publish', { scenarioId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await serverVersions(world, 'host-restore')).toEqual([1]);
  });
});
