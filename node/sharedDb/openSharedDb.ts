import { connectionConfig } from './connectionConfig.js';
import { SharedDbClient } from './sharedDbClient.js';
import { SharedDbError, type PasswordStore } from './sharedDbError.js';

/**
 * The planner's way in: an address becomes a client that honours the TLS rule, or a
 * refusal saying why. `password` comes from the desktop's keychain; without it the
 * address, PGPASSWORD or a pgpass file supply it. `passwordStore` says which of the two a
 * missing password's error points to.
 */
export function openSharedDb(
  address: string,
  password?: string,
  passwordStore: PasswordStore = 'pgpass',
): SharedDbClient {
  const result = connectionConfig(address);
  if (!result.ok) throw new SharedDbError('refused', result.error);
  return new SharedDbClient(password === undefined ? result.config : { ...result.config, password }, passwordStore);
}
