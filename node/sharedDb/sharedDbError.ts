import { message, type Message } from '../../shared/i18n/message.js';

/**
 * Why a call to the shared database did not happen, in the words the user reads and with
 * the one thing a caller (the outbox, a screen, the admin command) decides on:
 * - `unreachable`: the server could not be reached or the connection broke; nothing is
 *   lost, try again later (a publish is idempotent by its publish id);
 * - `refused`: the server answered no (wrong password, no rights, another leader's team);
 *   trying again will not help until someone changes something;
 * - `failed`: anything else the server reported.
 */
type SharedDbErrorKind = 'unreachable' | 'refused' | 'failed';

export class SharedDbError extends Error {
  /** The server's SQLSTATE (or the network error code) behind this error, when any. */
  readonly sqlState: string | undefined;

  constructor(
    readonly kind: SharedDbErrorKind,
    readonly text: Message,
    options?: { cause?: unknown },
  ) {
    super(text.key, options);
    this.sqlState = codeOf(options?.cause);
    this.name = 'SharedDbError';
  }
}

/** The SQLSTATEs raised by wtp.publish_team (migration 001). */
export const PUBLISH_CONFLICT = 'WT409';
const NOT_YOUR_TEAM = 'WT403';
// WT422, a publish id reused for another team, is a bug of the caller: reported as `failed`.

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** Node's codes for a server certificate it does not trust or that names another host. */
const TLS_CERTIFICATE_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** node-postgres's words when the planner asks for TLS and the server has none switched on. */
function isTlsNotOffered(error: unknown): boolean {
  return error instanceof Error && /server does not support SSL connections/i.test(error.message);
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when the connection, not the request, failed: the request may be sent again. */
export function isConnectionLoss(error: unknown): boolean {
  const code = codeOf(error);
  if (code !== undefined) {
    // 08: connection exception; 57P01-03: the server is shutting down or starting.
    return NETWORK_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code);
  }
  // node-postgres reports a socket closed mid-query without a code.
  return (
    isConnectTimeout(error) ||
    (error instanceof Error && /Connection terminated|Client has encountered a connection error/i.test(error.message))
  );
}

/**
 * True when the server did not answer the sign-in within the connection timeout: a pool
 * says "connection timeout", a single client (the settings check) "timeout expired".
 */
export function isConnectTimeout(error: unknown): boolean {
  return error instanceof Error && /connection timeout|timeout expired/i.test(error.message);
}

/**
 * node-postgres's words when the server asks for a password (SCRAM) and neither the
 * address, the keychain, PGPASSWORD nor a pgpass file gave one.
 */
function isMissingPassword(error: unknown): boolean {
  return error instanceof Error && /client password must be a (non-empty )?string/.test(error.message);
}

/**
 * Where this installation keeps the password, so a missing one is asked for in the right
 * place: `keychain` on the desktop (typed in the settings, kept in the operating system's
 * keychain), `pgpass` for the browser host and the command line (PGPASSWORD or a pgpass
 * file). The settings view says the same (`passwordStore`, installationSettings.ts).
 */
export type PasswordStore = 'keychain' | 'pgpass';

/**
 * The error a caller sees for anything the database or the network threw. `user` is the
 * login the connection used, named when its password is missing; `passwordStore` says
 * where that password is to be put.
 */
export function sharedDbErrorFrom(
  error: unknown,
  user?: string,
  passwordStore: PasswordStore = 'pgpass',
): SharedDbError {
  if (error instanceof SharedDbError) return error;
  const code = codeOf(error);
  if (isMissingPassword(error)) {
    const key = passwordStore === 'keychain' ? 'sharedDb.error.noPasswordKeychain' : 'sharedDb.error.noPassword';
    return new SharedDbError('refused', message(key, { user: user ?? '' }), { cause: error });
  }
  // A name that does not resolve is most often a typing error in the settings: say so.
  if (code === 'ENOTFOUND')
    return new SharedDbError('unreachable', message('sharedDb.error.serverNotFound'), { cause: error });
  if (isConnectionLoss(error))
    return new SharedDbError('unreachable', message('sharedDb.error.unreachable'), { cause: error });
  // Certificates and TLS before the sign-in: the IT person fixes these, not the password.
  if (code !== undefined && TLS_CERTIFICATE_CODES.has(code))
    return new SharedDbError('refused', message('sharedDb.error.tlsUntrusted'), { cause: error });
  if (isTlsNotOffered(error))
    return new SharedDbError('refused', message('sharedDb.error.tlsNotOffered'), { cause: error });
  if (code === '28000') {
    // 28000 is both "no pg_hba.conf entry" (this computer or user is not let in) and a
    // role that does not exist (with trust or peer sign-in; scram hides it as 28P01).
    const text = error instanceof Error ? error.message : '';
    if (/pg_hba\.conf/.test(text))
      return new SharedDbError('refused', message('sharedDb.error.notAdmitted'), { cause: error });
    if (/role .* does not exist/.test(text))
      return new SharedDbError('refused', message('sharedDb.error.noRole', { user: user ?? '' }), { cause: error });
  }
  if (code === '28P01' || code === '28000') {
    return new SharedDbError('refused', message('sharedDb.error.login'), { cause: error });
  }
  // Another leader's team: only the administrator can change that (hand the team over).
  if (code === NOT_YOUR_TEAM)
    return new SharedDbError('refused', message('sharedDb.error.notYourTeam'), { cause: error });
  if (code === '42501') return new SharedDbError('refused', message('sharedDb.error.notAllowed'), { cause: error });
  if (code === '3D000') return new SharedDbError('refused', message('sharedDb.error.noDatabase'), { cause: error });
  if (code === '42P01' || code === '3F000') {
    return new SharedDbError('refused', message('sharedDb.error.notInitialised'), { cause: error });
  }
  // The schema is there but lacks a function or column this planner uses: set up by an
  // older planner, and `migrate` brings it up to date.
  if (code === '42883' || code === '42703') {
    return new SharedDbError('refused', message('sharedDb.error.migrateNeeded'), { cause: error });
  }
  // The server's own words are English and technical: the user reads the code only, for
  // the IT person, who finds the full text in the server's log (and in `cause` here).
  const text = code === undefined ? message('sharedDb.error.failedNoCode') : message('sharedDb.error.failed', { code });
  return new SharedDbError('failed', text, { cause: error });
}
