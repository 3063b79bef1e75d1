import pg from 'pg';
import type { Message } from '../../shared/i18n/message.js';
import { connectionConfig } from './connectionConfig.js';
import { sharedDbErrorFrom } from './sharedDbError.js';
import type { SharedDbLogin } from './sharedSync.js';

/** Long enough for a municipal network, short enough for a person waiting in the settings dialog. */
const CHECK_TIMEOUT_MS = 5_000;

/**
 * Tries an address before the settings dialog calls it connected: signs in with the same
 * TLS rule and password sources as the drain, and reads the planner's schema, so a wrong
 * server name, a closed port, a wrong password and a database not yet set up are each
 * named (sharedDbErrorFrom's words, as the wachtrij shows them). Null: it works.
 */
export async function checkSharedDbConnection(
  login: SharedDbLogin,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<Message | null> {
  const config = connectionConfig(login.address);
  if (!config.ok) return config.error;
  const client = new pg.Client({
    ...config.config,
    ...(login.password === undefined ? {} : { password: login.password }),
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
  });
  // A connection cut while the check runs must not end the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    // Every role the planner signs in with may read this table (migration 001).
    await client.query('SELECT 1 FROM wtp.teams LIMIT 0');
    return null;
  } catch (error) {
    return sharedDbErrorFrom(error).text;
  } finally {
    await client.end().catch(() => undefined);
  }
}
