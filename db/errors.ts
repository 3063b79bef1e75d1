import { ApiFailure } from '../shared/api/result.js';
import { message, type Message } from '../shared/i18n/message.js';
import { translator } from '../shared/i18n/translator.js';

type StoreOpenErrorCode = 'alreadyOpen' | 'newerVersion' | 'readOnly' | 'diskFull' | 'unreadable';

/**
 * Opening the store failed in a way the user can act on. `text` says what happened and
 * what to do; the Error's own message is its Dutch rendering (the default language, for
 * the terminal of `npm run web` and the logs) and `messageEn` the English one, which the
 * shell's start-up dialog reads.
 */
export class StoreOpenError extends Error {
  constructor(
    readonly code: StoreOpenErrorCode,
    readonly text: Message,
    options?: { cause?: unknown },
  ) {
    super(translator('nl').render(text), options);
    this.name = 'StoreOpenError';
  }

  get messageEn(): string {
    return translator('en').render(this.text);
  }
}

export const openMessages = {
  alreadyOpen: (dir: string) => new StoreOpenError('alreadyOpen', message('storeOpen.alreadyOpen', { dir })),
  // Versions as plain text: they are numbers of a series, not quantities to format.
  newerVersion: (found: number, supported: number) =>
    new StoreOpenError(
      'newerVersion',
      message('storeOpen.newerVersion', { found: String(found), supported: String(supported) }),
    ),
  readOnly: (dir: string, cause?: unknown) =>
    new StoreOpenError('readOnly', message('storeOpen.readOnly', { dir }), { cause }),
  diskFull: (dir: string, cause?: unknown) =>
    new StoreOpenError('diskFull', message('storeOpen.diskFull', { dir }), { cause }),
  unreadable: (dir: string, cause?: unknown) =>
    new StoreOpenError('unreadable', message('storeOpen.unreadable', { dir }), { cause }),
};

/** The SQLite result code of an error from better-sqlite3 (e.g. `SQLITE_FULL`), or null. */
export function sqliteCode(error: unknown): string | null {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_')) {
    return error.code;
  }
  return null;
}

/** Node's errno code of a file-system error (e.g. `EACCES`), or null. */
function fsCode(error: unknown): string | null {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && /^E[A-Z]+$/.test(error.code)) {
    return error.code;
  }
  return null;
}

export function isDiskFull(error: unknown): boolean {
  const code = sqliteCode(error) ?? fsCode(error);
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}

export function isReadOnly(error: unknown): boolean {
  const code = sqliteCode(error) ?? fsCode(error) ?? '';
  return (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    ['EACCES', 'EPERM', 'EROFS'].includes(code)
  );
}

export function isBusy(error: unknown): boolean {
  const code = sqliteCode(error) ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

export function isCorrupt(error: unknown): boolean {
  const code = sqliteCode(error) ?? '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

/**
 * Turns a storage problem during a call into a typed `storage` failure the UI can show.
 * Returns null for anything that is not a storage condition (a bug: let it surface).
 */
export function storageFailure(error: unknown): ApiFailure | null {
  if (isDiskFull(error)) return new ApiFailure('storage', message('storage.diskFull'));
  if (isReadOnly(error)) return new ApiFailure('storage', message('storage.readOnly'));
  if (isBusy(error)) return new ApiFailure('storage', message('storage.busy'));
  if (isCorrupt(error)) return new ApiFailure('storage', message('storage.corrupt'));
  const code = sqliteCode(error);
  if (code === 'SQLITE_IOERR' || code?.startsWith('SQLITE_IOERR_'))
    return new ApiFailure('storage', message('storage.ioError'));
  return null;
}
