import type { Professional } from '../../shared/domain/schemas.js';
import { message } from '../../shared/i18n/message.js';
import { errorText } from '../api/ApiClient.js';
import type { RootStore } from '../app/RootStore.js';
import { deleteProfessionalCommand } from './professionalCommands.js';

/**
 * After the question: a backup named after the person first (as before deleting a team or
 * scenario; no backup, no deletion), then the deletion as an undoable command. Afterwards
 * the list shows the next person (or the one before, when it was the last) and that
 * person's entry in the list takes the focus (`UiStore.requestFocus`; the new-name field
 * when nobody is left); a polite message says what happened and that Ongedaan maken brings
 * everything back.
 */
export async function deleteProfessional(root: RootStore, p: Professional): Promise<void> {
  const { professionals, ui } = root;
  try {
    await root.api.call('backups.create', { before: { kind: 'professional', name: p.name } });
  } catch (error) {
    ui.notify('error', errorText(error));
    return;
  }
  const sorted = professionals.sorted;
  const at = sorted.findIndex((other) => other.id === p.id);
  const next = sorted[at + 1] ?? sorted[at - 1] ?? null;
  const deleted = await root.execute(deleteProfessionalCommand(root, p.id, (text) => ui.notify('info', text)));
  if (!deleted) return;
  professionals.select(next?.id ?? null);
  ui.requestFocus({ kind: 'professional', professionalId: next?.id ?? null });
  ui.notify('info', message('professionals.deleted', { name: p.name }));
}
