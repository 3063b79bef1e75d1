import { ApiFailure } from '../shared/api/result.js';

export type StoreOpenErrorCode = 'alreadyOpen' | 'newerVersion' | 'readOnly' | 'diskFull' | 'unreadable';

/** Opening the store failed in a way the user can act on; `message` is Dutch and says what to do. */
export class StoreOpenError extends Error {
  constructor(
    readonly code: StoreOpenErrorCode,
    message: string,
    readonly messageEn: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreOpenError';
  }
}

export const openMessages = {
  alreadyOpen: (dir: string) =>
    new StoreOpenError(
      'alreadyOpen',
      `De planner is al geopend met de gegevensmap ${dir} (in een ander venster of programma). Sluit dat eerst en probeer het dan opnieuw.`,
      `The planner is already open with the data folder ${dir} (in another window or program). Close it first, then try again.`,
    ),
  newerVersion: (found: number, supported: number) =>
    new StoreOpenError(
      'newerVersion',
      `Deze gegevens zijn gemaakt met een nieuwere versie van de planner (gegevensversie ${found}; deze versie kent tot en met ${supported}). Er is niets gewijzigd. Installeer de nieuwste versie van de planner.`,
      `This data was made with a newer version of the planner (data version ${found}; this version knows up to ${supported}). Nothing was changed. Install the latest version of the planner.`,
    ),
  readOnly: (dir: string, cause?: unknown) =>
    new StoreOpenError(
      'readOnly',
      `De planner kan niet schrijven in de gegevensmap ${dir}. Geef schrijfrechten op deze map of kies een andere map met --data-dir.`,
      `The planner cannot write to the data folder ${dir}. Give write permission on this folder or choose another one with --data-dir.`,
      { cause },
    ),
  diskFull: (dir: string, cause?: unknown) =>
    new StoreOpenError(
      'diskFull',
      `De schijf van de gegevensmap ${dir} is vol. Er is niets gewijzigd. Maak ruimte vrij en start de planner opnieuw.`,
      `The disk of the data folder ${dir} is full. Nothing was changed. Free some space and start the planner again.`,
      { cause },
    ),
  unreadable: (dir: string, cause?: unknown) =>
    new StoreOpenError(
      'unreadable',
      `De gegevens in ${dir} konden niet worden geopend. Er is niets gewijzigd of verwijderd. Start de planner opnieuw; lukt dat niet, neem dan contact op met uw beheerder.`,
      `The data in ${dir} could not be opened. Nothing was changed or deleted. Restart the planner; if that fails, contact your administrator.`,
      { cause },
    ),
};

/** The SQLite result code of an error from better-sqlite3 (e.g. `SQLITE_FULL`), or null. */
export function sqliteCode(error: unknown): string | null {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_')) {
    return error.code;
  }
  return null;
}

/** Node's errno code of a file-system error (e.g. `EACCES`), or null. */
export function fsCode(error: unknown): string | null {
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
  return code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || ['EACCES', 'EPERM', 'EROFS'].includes(code);
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
  if (isDiskFull(error)) {
    return new ApiFailure(
      'storage',
      'De schijf is vol: de wijziging is niet opgeslagen en er is niets verloren gegaan. Maak ruimte vrij en probeer het opnieuw.',
      'The disk is full: the change was not saved and nothing was lost. Free some space and try again.',
    );
  }
  if (isReadOnly(error)) {
    return new ApiFailure(
      'storage',
      'De gegevens kunnen niet worden opgeslagen omdat de gegevensmap alleen-lezen is. Er is niets verloren gegaan. Controleer de schrijfrechten.',
      'The data cannot be saved because the data folder is read-only. Nothing was lost. Check the write permissions.',
    );
  }
  if (isBusy(error)) {
    return new ApiFailure(
      'storage',
      'De gegevens zijn even bezet door een ander programma. Er is niets gewijzigd. Probeer het zo opnieuw.',
      'The data is busy in another program. Nothing was changed. Try again in a moment.',
    );
  }
  if (isCorrupt(error)) {
    return new ApiFailure(
      'storage',
      'Het gegevensbestand lijkt beschadigd. Er is niets gewijzigd. Start de planner opnieuw; die zet een beschadigd bestand apart en biedt de laatste back-up aan.',
      'The data file seems damaged. Nothing was changed. Restart the planner; it moves a damaged file aside and offers the latest backup.',
    );
  }
  const code = sqliteCode(error);
  if (code === 'SQLITE_IOERR' || code?.startsWith('SQLITE_IOERR_')) {
    return new ApiFailure(
      'storage',
      'De gegevens konden niet naar de schijf worden geschreven. De wijziging is niet opgeslagen. Controleer de schijf en probeer het opnieuw.',
      'The data could not be written to disk. The change was not saved. Check the disk and try again.',
    );
  }
  return null;
}
