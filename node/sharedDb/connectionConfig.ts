import fs from 'node:fs';
import type { ClientConfig } from 'pg';
import { message, type Message } from '../../shared/i18n/message.js';
import { pgpassPassword } from './pgpassPassword.js';

/**
 * Turns a `postgres://user@host:port/database` address into node-postgres settings, with
 * the one rule the municipality's IT relies on: outside this computer the connection is
 * encrypted AND the server's certificate is verified. Only loopback (or a local socket
 * folder) may go without TLS, because nothing leaves the machine there. The address's own
 * `sslmode` cannot weaken this; `sslrootcert=/path/ca.pem` names the municipality's own CA.
 * The password comes from the address, from `PGPASSWORD` or from a pgpass file
 * (pgpassPassword.ts).
 */
type ConnectionConfigResult = { ok: true; config: ClientConfig } | { ok: false; error: Message };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host) || host.startsWith('/');
}

export function connectionConfig(address: string): ConnectionConfigResult {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, error: message('sharedDb.url.invalid') };
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    return { ok: false, error: message('sharedDb.url.invalid') };
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  const user = decodeURIComponent(url.username);
  if (!database || !user) return { ok: false, error: message('sharedDb.url.incomplete') };
  // A socket folder is written ?host=/run/postgresql, as libpq does.
  const host = url.searchParams.get('host') ?? url.hostname;
  if (!host) return { ok: false, error: message('sharedDb.url.incomplete') };

  const config: ClientConfig = {
    host: host.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : 5432,
    database,
    user,
    // Tell the server's administrator which program holds a connection.
    application_name: 'wijkteamplanner',
    connectionTimeoutMillis: 10_000,
    // A laptop that sleeps or changes network: notice a dead connection instead of waiting on it.
    keepAlive: true,
    // No request of the planner takes long; one that hangs (a lock never released) fails instead.
    statement_timeout: 30_000,
  };
  const password = url.password ? decodeURIComponent(url.password) : process.env.PGPASSWORD;
  config.password = password || pgpassPassword({ host: config.host!, port: config.port!, database, user });

  const sslmode = url.searchParams.get('sslmode');
  const caFile = url.searchParams.get('sslrootcert');
  if (isLoopbackHost(host) && sslmode !== 'verify-full' && !caFile) {
    config.ssl = false;
    return { ok: true, config };
  }
  let ca: string | undefined;
  if (caFile) {
    try {
      ca = fs.readFileSync(caFile, 'utf8');
    } catch {
      return { ok: false, error: message('sharedDb.url.caUnreadable', { file: caFile }) };
    }
  }
  config.ssl = ca === undefined ? { rejectUnauthorized: true } : { rejectUnauthorized: true, ca };
  return { ok: true, config };
}
