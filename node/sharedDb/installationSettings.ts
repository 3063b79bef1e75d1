import fs from 'node:fs';
import path from 'node:path';
import { sharedDbAddress } from '../../db/shared/sharedDbAddress.js';
import type { SharedSettingsInput, SharedSettingsView } from '../../db/shared/sharedSyncPort.js';
import type { PasswordVault } from './keychainPassword.js';
import type { PasswordStore } from './sharedDbError.js';
import type { SharedDbLogin } from './sharedSync.js';

/** The address part of the settings, as stored in the data folder (no password). */
type StoredSettings = NonNullable<SharedSettingsView['settings']>;

const SETTINGS_FILE = 'shared-db.json';

/**
 * This installation's way to the shared database: the address in `shared-db.json` in the
 * data folder, the password in the desktop's keychain (a PasswordVault) or, for the
 * browser host and the command line, in PGPASSWORD or a pgpass file that node-postgres
 * reads itself. WTP_SHARED_DB_URL, when set, wins (servers set up by script, the tests).
 */
export class InstallationSettings {
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly vault: PasswordVault | null = null,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.file = path.join(dataDir, SETTINGS_FILE);
  }

  login(): SharedDbLogin | null {
    const fromEnv = sharedDbAddress(this.env);
    if (fromEnv) return { address: fromEnv };
    const stored = this.stored();
    if (!stored) return null;
    const password = this.vault?.available() ? this.vault.read() : undefined;
    const login = { address: addressOf(stored), passwordStore: this.passwordStore() };
    return password === undefined ? login : { ...login, password };
  }

  /** How these settings, not yet saved, would sign in: a typed password, else the kept one. */
  loginFor(input: SharedSettingsInput): SharedDbLogin {
    const { password, ...settings } = input;
    const kept = this.vault?.available() ? this.vault.read() : undefined;
    const use = password ?? kept;
    const login = { address: addressOf(settings), passwordStore: this.passwordStore() };
    return use === undefined ? login : { ...login, password: use };
  }

  /**
   * Where this installation keeps the password: the desktop's keychain when it has one
   * (a Linux desktop without a keyring has not), else PGPASSWORD or a pgpass file. The
   * settings form and the error about a missing password both follow it.
   */
  private passwordStore(): PasswordStore {
    return this.vault?.available() ? 'keychain' : 'pgpass';
  }

  view(): SharedSettingsView {
    const keychain = this.passwordStore() === 'keychain';
    return {
      settings: this.stored(),
      passwordStore: this.passwordStore(),
      hasPassword: keychain && this.vault!.read() !== undefined,
      fromEnvironment: sharedDbAddress(this.env) !== null,
    };
  }

  save(input: SharedSettingsInput): SharedSettingsView {
    const { password, ...settings } = input;
    // A password typed where no keychain exists is not written anywhere in plain text.
    if (password !== undefined && this.vault?.available()) this.vault.save(password);
    const temp = `${this.file}.tmp`;
    fs.writeFileSync(temp, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
    fs.renameSync(temp, this.file);
    return this.view();
  }

  forget(): SharedSettingsView {
    fs.rmSync(this.file, { force: true });
    this.vault?.clear();
    return this.view();
  }

  private stored(): StoredSettings | null {
    try {
      const raw = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Partial<StoredSettings>;
      if (typeof raw.server !== 'string' || typeof raw.database !== 'string' || typeof raw.user !== 'string')
        return null;
      return {
        server: raw.server,
        port: typeof raw.port === 'number' ? raw.port : 5432,
        database: raw.database,
        user: raw.user,
        caFile: typeof raw.caFile === 'string' ? raw.caFile : null,
      };
    } catch {
      // No file yet, or one a person broke by hand: not configured, and the screen offers the form.
      return null;
    }
  }
}

/** The settings as the postgres:// address connectionConfig reads (TLS rules included). */
export function addressOf(settings: StoredSettings): string {
  const host = settings.server.includes(':') ? `[${settings.server}]` : settings.server;
  const url = new URL(`postgres://${host}:${settings.port}/`);
  url.username = settings.user;
  url.pathname = `/${encodeURIComponent(settings.database)}`;
  if (settings.caFile) url.searchParams.set('sslrootcert', settings.caFile);
  return url.toString();
}
