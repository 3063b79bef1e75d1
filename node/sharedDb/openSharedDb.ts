import { connectionConfig } from './connectionConfig.js';
import { SharedDbClient } from './sharedDbClient.js';
import { SharedDbError } from './sharedDbError.js';

/** The planner's way in: an address becomes a client that honours the TLS rule, or a refusal saying why. */
export function openSharedDb(address: string): SharedDbClient {
  const result = connectionConfig(address);
  if (!result.ok) throw new SharedDbError('refused', result.error);
  return new SharedDbClient(result.config);
}
