import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstallationSettings } from '../../../node/sharedDb/installationSettings.js';
import { keychainPassword } from '../../../node/sharedDb/keychainPassword.js';
import { SharedSync } from '../../../node/sharedDb/sharedSync.js';
import { tempDir } from '../db/helpers.js';
import { nl } from '../../support/inLanguage.js';
import { fakeSafeStorage } from './fakeSafeStorage.js';
import { DATABASE, PEOPLE, startSharedDbWorld, type SharedDbWorld } from './sharedDbFixture.js';

/**
 * The settings dialog's connection check (node/sharedDb/checkConnection.ts through
 * SharedSync.checkSettings) against a real PostgreSQL: it says "works" only when the
 * login and the planner's schema are there, names what is wrong otherwise, and saves
 * nothing either way.
 */
let world: SharedDbWorld;
beforeAll(async () => {
  world = await startSharedDbWorld();
});
afterAll(async () => {
  await world?.close();
});

/** A desktop-like installation (keychain) with nothing saved yet, or with anna's password kept. */
function installation(keptPassword?: string) {
  const dataDir = tempDir();
  const vault = keychainPassword(fakeSafeStorage(), path.join(dataDir, 'shared-db-password.bin'));
  if (keptPassword) vault.save(keptPassword);
  const settings = new InstallationSettings(dataDir, vault, {});
  return { settings, sync: new SharedSync({ installation: settings, log: () => undefined, checkTimeoutMs: 5_000 }) };
}

const anna = () => ({ server: '127.0.0.1', port: world.server.port, database: DATABASE, user: 'anna', caFile: null });

async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('trying the settings before saving them', () => {
  it('works with the right login, and saves nothing', async () => {
    const { settings, sync } = installation();
    expect(await sync.checkSettings({ ...anna(), password: PEOPLE.anna.password })).toBeNull();
    expect(settings.view().settings).toBeNull();
  });

  it('uses the kept password when none is typed', async () => {
    const { sync } = installation(PEOPLE.anna.password);
    expect(await sync.checkSettings(anna())).toBeNull();
  });

  it('names a wrong password, a database that is not there and a closed port', async () => {
    const { sync } = installation();
    expect((await sync.checkSettings({ ...anna(), password: 'niet-goed' }))?.key).toBe('sharedDb.error.login');
    expect(
      (await sync.checkSettings({ ...anna(), database: 'bestaat_niet', password: PEOPLE.anna.password }))?.key,
    ).toBe('sharedDb.error.noDatabase');
    const port = await closedPort();
    expect(await sync.checkSettings({ ...anna(), port, password: 'x' })).toEqual({
      key: 'sharedDb.check.portClosed',
      params: { server: '127.0.0.1', port: String(port) },
    });
  });

  it('says a server that accepts the connection but never answers does not answer (not "timeout expired")', async () => {
    // A real socket that accepts and stays silent: a hung server, or a firewall that swallows the sign-in.
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as net.AddressInfo;
      const dataDir = tempDir();
      const settings = new InstallationSettings(
        dataDir,
        keychainPassword(fakeSafeStorage(), path.join(dataDir, 'p.bin')),
        {},
      );
      const sync = new SharedSync({ installation: settings, log: () => undefined, checkTimeoutMs: 300 });
      expect(await sync.checkSettings({ ...anna(), port, password: 'x' })).toEqual({
        key: 'sharedDb.check.noAnswer',
        params: { server: '127.0.0.1', port: String(port) },
      });
    } finally {
      silent.close();
    }
  });

  it('says the planner is not set up on a database without its schema', async () => {
    const admin = await world.admin();
    await admin.query('CREATE DATABASE leeg');
    await admin.query('GRANT CONNECT ON DATABASE leeg TO anna');
    const { sync } = installation();
    expect((await sync.checkSettings({ ...anna(), database: 'leeg', password: PEOPLE.anna.password }))?.key).toBe(
      'sharedDb.error.notInitialised',
    );
  });
});

/** The words an IT person needs, each distinct, in Dutch, with what to do and no raw server text. */
describe('what the IT person reads when the connection is refused', () => {
  it('says the server offers no TLS when a CA file asks for it (the throwaway cluster has none)', async () => {
    const caFile = path.join(tempDir(), 'gemeente-ca.pem');
    fs.writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n');
    const { sync } = installation();
    const reason = await sync.checkSettings({ ...anna(), caFile, password: PEOPLE.anna.password });
    expect(reason?.key).toBe('sharedDb.error.tlsNotOffered');
    expect(nl(reason!)).toContain('vraag de ICT-afdeling om TLS aan te zetten');
  });

  it('says a login without a planner role is not allowed, and how the administrator fixes it', async () => {
    const admin = await world.admin();
    await admin.query("CREATE ROLE zonder_rol LOGIN PASSWORD 'geheim-genoeg'");
    await admin.query(`GRANT CONNECT ON DATABASE ${DATABASE} TO zonder_rol`);
    const { sync } = installation();
    const reason = await sync.checkSettings({ ...anna(), user: 'zonder_rol', password: 'geheim-genoeg' });
    expect(reason?.key).toBe('sharedDb.error.notAllowed');
    expect(nl(reason!)).toContain('npm run shared-db -- add-user');
    expect(nl(reason!)).not.toMatch(/permission denied/);
  });
});
