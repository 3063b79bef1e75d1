import type { KeyValueStorage } from '../app/KeyValueStorage.js';

/**
 * Which backup was just restored and where the data of just before went. A restore ends in
 * a reload of the page, which forgets everything the page knew; this note carries the two
 * moments over the reload, so the planner can say what happened and how to go back.
 */
export interface RestoreNote {
  /** When the restored backup was made (ISO). */
  restoredFrom: string;
  /** When the "voor het terugzetten" copy of the data just before was made (ISO). */
  safetyCopyAt: string;
  /**
   * The moments of every backup as Reservekopieën lists them after the restore (ISO), so the
   * notice names both backups by the list's own rule (`listedMoments`): to the second, or
   * with their place within a second, exactly as their rows read.
   */
  listed: string[];
}

const NOTE_KEY = 'wtp.restoredBackup';

export function writeRestoreNote(storage: KeyValueStorage, note: RestoreNote): void {
  storage.setItem(NOTE_KEY, JSON.stringify(note));
}

/** The note, once: reading it removes it, so the next start does not say it again. */
export function takeRestoreNote(storage: KeyValueStorage): RestoreNote | null {
  const text = storage.getItem(NOTE_KEY);
  if (text === null) return null;
  storage.removeItem(NOTE_KEY);
  try {
    const value = JSON.parse(text) as Partial<RestoreNote> | null;
    if (typeof value?.restoredFrom !== 'string' || typeof value.safetyCopyAt !== 'string') return null;
    const { restoredFrom, safetyCopyAt } = value;
    // Without the list (a note written before it was kept) the two moments are each other's list.
    const listed =
      Array.isArray(value.listed) && value.listed.every((at) => typeof at === 'string')
        ? value.listed
        : [restoredFrom, safetyCopyAt];
    return { restoredFrom, safetyCopyAt, listed };
  } catch {
    return null;
  }
}
