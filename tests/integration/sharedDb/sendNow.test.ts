import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InstallationSettings } from '../../../node/sharedDb/installationSettings.js';
import { keychainPassword } from '../../../node/sharedDb/keychainPassword.js';
import { SharedSync } from '../../../node/sharedDb/sharedSync.js';
import { fakeSafeStorage } from './fakeSafeStorage.js';
import { openTestStore, tempDir, type TestStore } from '../db/helpers.js';
import {
  DATABASE,
  PEOPLE,
  importTeamPlan,
  serverVersions,
  startSharedDbWorld,
  type SharedDbWorld,
} from './sharedDbFixture.js';

/**
 * "Nu opnieuw proberen" in the wachtrij: after the server was away, the drain waits longer
 * each time (up to 5 minutes), so a server that is back can sit unused for minutes while
 * the dialog still says it is unreachable. The user's try sends at once. Against a real
 * PostgreSQL, stopped and started.
 */
let world: SharedDbWorld;
let store: TestStore | undefined;
let sync: SharedSync | undefined;
beforeAll(async () => {
  world = await startSharedDbWorld();
});
afterEach(async () => {
  await sync?.stop();
  store?.close();
});
afterAll(async () => {
  await world?.close();
});

describe('trying the shared database now', () => {
  it('sends the wachtrij at once once the server is back, instead of after the back-off', async () => {
    const dataDir = tempDir();
    const vault = keychainPassword(fakeSafeStorage(), path.join(dataDir, 'shared-db-password.bin'));
    const installation = new InstallationSettings(dataDir, vault, {});
    installation.save({
      server: '127.0.0.1',
      port: world.server.port,
      database: DATABASE,
      user: PEOPLE.anna.name,
      caFile: null,
      password: PEOPLE.anna.password,
    });
    // The real waits: the next try after a failure is minutes away, not within this test.
    sync = new SharedSync({ installation, log: () => undefined });
    store = openTestStore({ dataDir, seedSample: false, sharedSync: sync });
    const scenarioId = await importTeamPlan(store, 'send-now', 'Wijkteam Nu');
    sync.start(store.sharedOutbox);
    await sync.drainNow();

    world.server.stop();
    try {
      await store.call('shared.publish', { scenarioId });
      await sync.drainNow();
      expect((await store.call('shared.status', {})).connection.unreachableSince).not.toBeNull();
    } finally {
      world.server.start();
    }

    await store.call('shared.sendNow', {});

    expect(await serverVersions(world, 'send-now')).toEqual([1]);
    const status = await store.call('shared.status', {});
    expect(status.outbox).toEqual([]);
    expect(status.connection).toMatchObject({ unreachableSince: null, lastError: null });
  });
});
