import type { Message } from '../i18n/message.js';

/**
 * What every API call answers, over IPC and over the browser host alike. Electron only
 * carries an Error's message across IPC, so errors travel as data. Their texts are
 * catalogue Messages: the renderer shows them in the user's language as they are.
 */
export const API_ERROR_CODES = [
  /** The payload did not match the contract's schema; `details` names each place. */
  'validation',
  /** An id that does not exist (anymore). */
  'notFound',
  /** The operation conflicts with what is stored (e.g. a team with that id already exists). */
  'conflict',
  /** The database could not be read or written (disk full, read-only, locked, corrupt). */
  'storage',
  /** The caller is not allowed (wrong frame, wrong token, wrong origin). */
  'forbidden',
  /** Anything else: a bug. The text says so; the details are in the log. */
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorDetail {
  path: string;
  text: Message;
}

export interface ApiError {
  code: ApiErrorCode;
  /** For the user: what happened and what to do next. */
  text: Message;
  details?: ApiErrorDetail[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ApiErrorCode, text: Message, details?: ApiErrorDetail[]): Result<never> {
  return { ok: false, error: details ? { code, text, details } : { code, text } };
}

/**
 * Thrown inside the service to end a call with a typed error; the dispatcher turns it into
 * a Result. The Error's own message is the key, for logs only.
 */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly text: Message,
    readonly details?: ApiErrorDetail[],
  ) {
    super(text.key);
    this.name = 'ApiFailure';
  }
}
