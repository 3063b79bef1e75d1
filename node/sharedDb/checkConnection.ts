import pg from 'pg';
import { message, type Message } from '../../shared/i18n/message.js';
import { connectionConfig } from './connectionConfig.js';
import { isConnectTimeout, sharedDbErrorFrom, type PasswordStore } from './sharedDbError.js';
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
    // The port as typed, not as a number the translator would group ("5.432").
    return reasonOf(
      error,
      { server: config.config.host ?? '', port: String(config.config.port ?? 5432), user: config.config.user ?? '' },
      login.passwordStore,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * In the settings dialog the address was typed a moment ago, so a port that refuses and a
 * server that stays silent are most likely about what was typed: name the server and port
 * and what to check. (For the wachtrij the same errors mean a server that is away for now,
 * and keep sharedDbErrorFrom's "niet bereikbaar".)
 */
function reasonOf(
  error: unknown,
  where: { server: string; port: string; user: string },
  passwordStore: PasswordStore | undefined,
): Message {
  const code = (error as { code?: unknown } | null)?.code;
  const { server, port, user } = where;
  if (code === 'ECONNREFUSED') return message('sharedDb.check.portClosed', { server, port });
  if (code === 'ETIMEDOUT' || isConnectTimeout(error)) return message('sharedDb.check.noAnswer', { server, port });
  return sharedDbErrorFrom(error, user, passwordStore).text;
}
