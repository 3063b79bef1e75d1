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
    return typeof value?.restoredFrom === 'string' && typeof value.safetyCopyAt === 'string'
      ? { restoredFrom: value.restoredFrom, safetyCopyAt: value.safetyCopyAt }
      : null;
  } catch {
    return null;
  }
}
