import { observer } from 'mobx-react-lite';
import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { listedMoments } from '../../shared/i18n/dateText.js';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';

/**
 * Said once after a restore's reload: which backup came back, and that the data of just
 * before is the "voor het terugzetten" backup (Undo cannot reach over the reload). It takes
 * the focus when it appears: the reload left none, and this is what the user needs next.
 */
export const RestoredNotice = observer(function RestoredNotice() {
  const { ui } = useStores();
  const t = useT();
  const note = ui.restoreNote;
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (note) notice.current?.focus();
  }, [note]);
  if (!note) return null;
  // Named as their rows in Reservekopieën read, so the user can find both there.
  const when = listedMoments(ui.lang, note.listed);
  return (
    <div className="notice notice-done" role="status" tabIndex={-1} ref={notice} data-testid="restored-notice">
      <div>
        <p>{t('backups.restored', { when: when(note.restoredFrom) })}</p>
        <p>{t('backups.restoredUndo', { safetyWhen: when(note.safetyCopyAt) })}</p>
      </div>
      <div className="notice-actions">
        <Button className="button button-primary" onPress={() => ui.setBackupsOpen(true)}>
          {t('backups.open')}
        </Button>
        <Button className="button" onPress={() => ui.dismissRestoreNote()}>
          {t('common.close')}
        </Button>
      </div>
    </div>
  );
});
