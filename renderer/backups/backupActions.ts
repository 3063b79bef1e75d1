import type { BackupInfo } from '../../shared/api/entities.js';
import { momentText } from '../../shared/i18n/dateText.js';
import { message } from '../../shared/i18n/message.js';
import { errorText } from '../api/ApiClient.js';
import type { RootStore } from '../app/RootStore.js';

/**
 * A backup by hand: the desktop menu's "Reservekopie maken" and the button in
 * Reservekopieën are this one call, and both say when it is done (or why not).
 * Resolves with the new backup, or null when the store could not make it.
 */
export async function makeBackup(root: RootStore): Promise<BackupInfo | null> {
  try {
    const backup = await root.api.call('backups.create', {});
    root.ui.notify('info', message('backups.made', { when: momentText(backup.createdAt) }));
    return backup;
  } catch (error: unknown) {
    root.ui.notify('error', errorText(error));
    return null;
  }
}

/**
 * Puts a backup back. The store first keeps the current data as a "voor het terugzetten"
 * backup; the page then reloads (every store reads afresh) and, through the note kept over
 * the reload, says which backup came back and how to undo it. Resolves false when the store
 * refused (the error is shown); on success the page is going away.
 */
export async function restoreBackup(root: RootStore, backup: BackupInfo, reload: () => void): Promise<boolean> {
  try {
    const { safetyCopy } = await root.api.call('backups.restore', { id: backup.id });
    root.ui.rememberRestore({ restoredFrom: backup.createdAt, safetyCopyAt: safetyCopy.createdAt });
    reload();
    return true;
  } catch (error: unknown) {
    root.ui.notify('error', errorText(error));
    return false;
  }
}
