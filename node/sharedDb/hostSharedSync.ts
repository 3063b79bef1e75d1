import { InstallationSettings } from './installationSettings.js';
import type { PasswordVault } from './keychainPassword.js';
import { SharedSync } from './sharedSync.js';

interface HostSharedSyncOptions {
  /** The data folder: its shared-db.json holds this installation's address. */
  dataDir: string;
  log: (message: string, error?: unknown) => void;
  /** The desktop's keychain; the browser host has none (PGPASSWORD or pgpass). */
  vault?: PasswordVault;
}

/**
 * The drain both hosts run beside their store. The address is read again before every
 * drain, so a change in the settings takes effect without a restart.
 */
export function hostSharedSync(options: HostSharedSyncOptions): SharedSync {
  return new SharedSync({
    log: options.log,
    installation: new InstallationSettings(options.dataDir, options.vault ?? null),
  });
}
