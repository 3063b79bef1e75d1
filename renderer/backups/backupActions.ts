import type { BackupInfo } from '../../shared/api/entities.js';
import { listedMomentText } from '../../shared/i18n/dateText.js';
import { message, type Message } from '../../shared/i18n/message.js';
import { errorText } from '../api/ApiClient.js';
import type { RootStore } from '../app/RootStore.js';

/** What a backup by hand came to, in the words both places show. */
export type BackupOutcome = { ok: true; backup: BackupInfo; text: Message } | { ok: false; text: Message };

/**
 * A backup by hand: the desktop menu's "Reservekopie maken" (which shows the outcome as a
 * toast) and the button in Reservekopieën (which shows it in the dialog, where toasts
 * cannot be read while it is open) are this one call and say the same.
 */
export async function makeBackup(root: RootStore): Promise<BackupOutcome> {
  try {
    const backup = await root.api.call('backups.create', {});
    // Named as its row in Reservekopieën reads: the start backup is often in the same minute,
    // and then the row gives the second (and "(1)", "(2)" within one).
    const listed = await listedNow(root, [backup.createdAt]);
    return { ok: true, backup, text: message('backups.made', { when: listedMomentText(listed, backup.createdAt) }) };
  } catch (error: unknown) {
    return { ok: false, text: errorText(error) };
  }
}

/**
 * Puts a backup back. The store first keeps the current data as a "voor het terugzetten"
 * backup; the page then reloads (every store reads afresh) and, through the note kept over
 * the reload, says which backup came back and how to undo it. Resolves to why not when the
 * store refused (a damaged backup, say), for Reservekopieën to say in the dialog itself,
 * where a toast behind it could not be read; to null on success, when the page is going away.
 */
export async function restoreBackup(root: RootStore, backup: BackupInfo, reload: () => void): Promise<Message | null> {
  try {
    const { safetyCopy } = await root.api.call('backups.restore', { id: backup.id });
    root.ui.rememberRestore({
      restoredFrom: backup.createdAt,
      safetyCopyAt: safetyCopy.createdAt,
      listed: await listedNow(root, [backup.createdAt, safetyCopy.createdAt]),
    });
    reload();
    return null;
  } catch (error: unknown) {
    return errorText(error);
  }
}

/**
 * The moments of the list as it stands now, with the backup just made in it (by hand, or the
 * safety copy of a restore): what the user sees on opening Reservekopieën. The backup is made,
 * so a list that cannot be read does not make it a failure: the backups a text names
 * (`known`) then stand in, the moment to the minute unless two of them share it.
 */
async function listedNow(root: RootStore, known: string[]): Promise<string[]> {
  try {
    return (await root.api.call('backups.list', {})).map((b) => b.createdAt);
  } catch {
    return known;
  }
}
