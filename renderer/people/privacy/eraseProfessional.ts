import { runInAction } from 'mobx';
import { errorText } from '../../api/ApiClient.js';
import type { RootStore } from '../../app/RootStore.js';
import { withoutProfessional } from '../../board/planEdits.js';
import { message } from '../../../shared/i18n/message.js';

/**
 * The right to erasure: the store deletes the person with their ratings and assignments
 * everywhere (and flushes its write-ahead log). Unlike "Verwijderen", this is not on the
 * undo stack, and the history is cleared: its commands keep the person's name, ratings
 * and places in memory, and undoing one of them could write the person back.
 */
export async function eraseProfessional(root: RootStore, id: string, name: string): Promise<void> {
  await root.undo.idle();
  try {
    await root.api.call('professionals.delete', { id });
  } catch (error) {
    root.ui.notify('error', errorText(error));
    return;
  }
  runInAction(() => {
    root.professionals.remove(id);
    const plan = root.plan.plan;
    if (plan) root.plan.setPlan(withoutProfessional(plan, id));
  });
  root.undo.clear();
  root.ui.notify('info', message('people.privacy.erased', { name }));
}
