import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch.js';
import { openPlannerStore } from '../../../db/index.js';
import { connectionConfig } from '../../../node/sharedDb/connectionConfig.js';
import { InstallationSettings, addressOf } from '../../../node/sharedDb/installationSettings.js';
import { keychainPassword } from '../../../node/sharedDb/keychainPassword.js';
import { SharedSync } from '../../../node/sharedDb/sharedSync.js';
import { fakeSafeStorage } from '../../integration/sharedDb/fakeSafeStorage.js';

/**
 * This installation's shared-database settings: the address in the data folder, the
 * password only in the (desktop) keychain, never in plain text and never back to the
 * renderer. safeStorage is injected: the real Electron binary is not needed.
 */
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'wtp-shared-settings-'));
const ADDRESS = { server: 'db.gemeente.nl', port: 5432, database: 'wijkteamplanner', user: 'j_devries', caFile: null };

describe('keychainPassword', () => {
  it('stores only ciphertext and reads the password back through the keychain', () => {
    const dir = tempDir();
    const file = path.join(dir, 'pw.bin');
    const vault = keychainPassword(fakeSafeStorage(), file);
    expect(vault.read()).toBeUndefined();
    vault.save('geheim-wachtwoord-123');
    expect(fs.readFileSync(file).includes('geheim-wachtwoord-123')).toBe(false);
    expect(vault.read()).toBe('geheim-wachtwoord-123');
    vault.clear();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('reads a file another keychain encrypted as no password, so the user is asked again', () => {
    const file = path.join(tempDir(), 'pw.bin');
    keychainPassword(fakeSafeStorage(), file).save('van-een-andere-gebruiker');
    expect(keychainPassword(fakeSafeStorage(), file).read()).toBeUndefined();
  });

  it('refuses to store without a keychain instead of writing the password in plain text', () => {
    const file = path.join(tempDir(), 'pw.bin');
    const vault = keychainPassword(fakeSafeStorage(false), file);
    expect(vault.available()).toBe(false);
    expect(() => vault.save('x')).toThrow();
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('InstallationSettings', () => {
  it('makes the address connectionConfig reads, with the password from the keychain', () => {
    const dir = tempDir();
    const settings = new InstallationSettings(dir, keychainPassword(fakeSafeStorage(), path.join(dir, 'pw.bin')), {});
    expect(settings.login()).toBeNull();
    const view = settings.save({ ...ADDRESS, password: 'sterk-wachtwoord' });
    expect(view).toEqual({ settings: ADDRESS, passwordStore: 'keychain', hasPassword: true, fromEnvironment: false });
    expect(fs.readFileSync(path.join(dir, 'shared-db.json'), 'utf8')).not.toContain('sterk-wachtwoord');
    const login = settings.login()!;
    expect(login.password).toBe('sterk-wachtwoord');
    const config = connectionConfig(login.address);
    expect(config).toMatchObject({
      ok: true,
      config: { host: 'db.gemeente.nl', port: 5432, database: 'wijkteamplanner', user: 'j_devries' },
    });
    // A server elsewhere: TLS with a verified certificate.
    expect(config.ok && config.config.ssl).toEqual({ rejectUnauthorized: true });
  });

  it('keeps a saved password when the address is saved again without one, and forgets both on request', () => {
    const dir = tempDir();
    const settings = new InstallationSettings(dir, keychainPassword(fakeSafeStorage(), path.join(dir, 'pw.bin')), {});
    settings.save({ ...ADDRESS, password: 'eerste' });
    settings.save({ ...ADDRESS, port: 6543 });
    expect(settings.login()).toMatchObject({ password: 'eerste' });
    expect(settings.view().settings?.port).toBe(6543);
    expect(settings.forget()).toMatchObject({ settings: null, hasPassword: false });
    expect(settings.login()).toBeNull();
  });

  it('says where a missing password is to be put: the keychain on the desktop, pgpass without one', () => {
    const dir = tempDir();
    const desktop = new InstallationSettings(dir, keychainPassword(fakeSafeStorage(), path.join(dir, 'pw.bin')), {});
    desktop.save(ADDRESS);
    expect(desktop.login()).toEqual({ address: addressOf(ADDRESS), passwordStore: 'keychain' });
    expect(desktop.loginFor(ADDRESS)).toEqual({ address: addressOf(ADDRESS), passwordStore: 'keychain' });
    // A Linux desktop without a keyring has no keychain: PGPASSWORD or pgpass, as the browser host.
    const noKeyring = new InstallationSettings(
      tempDir(),
      keychainPassword(fakeSafeStorage(false), path.join(dir, 'x')),
      {},
    );
    expect(noKeyring.loginFor(ADDRESS)).toEqual({ address: addressOf(ADDRESS), passwordStore: 'pgpass' });
  });

  it('without a keychain (browser host) leaves the password to PGPASSWORD or pgpass', () => {
    const dir = tempDir();
    const settings = new InstallationSettings(dir, null, {});
    const view = settings.save({ ...ADDRESS, password: 'nergens-bewaard' });
    expect(view).toMatchObject({ passwordStore: 'pgpass', hasPassword: false });
    expect(settings.login()).toEqual({ address: addressOf(ADDRESS), passwordStore: 'pgpass' });
    expect(
      fs
        .readdirSync(dir)
        .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
        .join(),
    ).not.toContain('nergens-bewaard');
  });

  it('lets WTP_SHARED_DB_URL win over the settings', () => {
    const dir = tempDir();
    const settings = new InstallationSettings(dir, null, { WTP_SHARED_DB_URL: 'postgres://hr_bakker@127.0.0.1/wtp' });
    settings.save(ADDRESS);
    expect(settings.login()).toEqual({ address: 'postgres://hr_bakker@127.0.0.1/wtp' });
    expect(settings.view().fromEnvironment).toBe(true);
  });

  it('reads a settings file broken by hand as not configured', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'shared-db.json'), '{ niet: json');
    expect(new InstallationSettings(dir, null, {}).login()).toBeNull();
  });

  it('puts a CA file and an IPv6 server into the address', () => {
    const address = addressOf({ ...ADDRESS, server: '::1', caFile: '/etc/gemeente/ca.pem' });
    expect(address).toBe('postgres://j_devries@[::1]:5432/wijkteamplanner?sslrootcert=%2Fetc%2Fgemeente%2Fca.pem');
  });
});

describe('the settings API', () => {
  it('saves through the store and never answers with the password', async () => {
    const dir = tempDir();
    const installation = new InstallationSettings(
      dir,
      keychainPassword(fakeSafeStorage(), path.join(dir, 'pw.bin')),
      {},
    );
    const sync = new SharedSync({ installation, log: () => undefined });
    const store = openPlannerStore({ dataDir: dir, appVersion: 'test', seedSample: false, sharedSync: sync });
    try {
      const saved = await dispatch(store.handlers, 'shared.saveSettings', { ...ADDRESS, password: 'nooit-terug' });
      expect(saved.ok).toBe(true);
      expect(JSON.stringify(saved)).not.toContain('nooit-terug');
      const read = await dispatch(store.handlers, 'shared.settings', {});
      expect(read).toEqual({
        ok: true,
        value: { settings: ADDRESS, passwordStore: 'keychain', hasPassword: true, fromEnvironment: false },
      });
      expect((await dispatch(store.handlers, 'shared.status', {})).ok && sync.configured()).toBe(true);
      const bad = await dispatch(store.handlers, 'shared.saveSettings', { ...ADDRESS, user: 'Robert; DROP' });
      expect(bad.ok ? null : bad.error.code).toBe('validation');
    } finally {
      await sync.stop();
      await store.whenIdle();
      store.close();
    }
  });
});
