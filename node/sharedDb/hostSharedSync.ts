import { sharedDbAddress } from '../../db/shared/sharedDbAddress.js';
import { SharedSync } from './sharedSync.js';

interface HostSharedSyncOptions {
  log: (message: string, error?: unknown) => void;
}

/**
 * The drain both hosts run beside their store. The address is read again before every
 * drain, so a change takes effect without a restart.
 */
export function hostSharedSync(options: HostSharedSyncOptions): SharedSync {
  return new SharedSync({
    log: options.log,
    login: () => {
      const address = sharedDbAddress();
      return address ? { address } : null;
    },
  });
}
