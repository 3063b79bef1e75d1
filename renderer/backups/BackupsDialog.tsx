import { observer } from 'mobx-react-lite';
import { useEffect, useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { BackupInfo } from '../../shared/api/entities.js';
import { errorText } from '../api/ApiClient.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { formatMoment } from '../../shared/i18n/dateText.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';

const REASON: Record<BackupInfo['reason'], MessageKey> = {
  start: 'backups.reason.start',
  interval: 'backups.reason.interval',
  manual: 'backups.reason.manual',
  beforeMigration: 'backups.reason.beforeMigration',
  beforeRestore: 'backups.reason.beforeRestore',
};

/**
 * The backups on this computer, newest first, each restorable. The current data is
 * kept as a backup of its own first (the store does that), then the planner reloads.
 */
export const BackupsDialog = observer(function BackupsDialog() {
  const root = useStores();
  const { ui } = root;
  const t = useT();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  useEffect(() => {
    if (!ui.backupsOpen) return;
    setBackups(null);
    root.api
      .call('backups.list', {})
      .then((list) => setBackups([...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))))
      .catch((error: unknown) => ui.notify('error', errorText(error)));
  }, [ui.backupsOpen, root, ui]);
  const restore = (id: string) => {
    root.api
      .call('backups.restore', { id })
      .then(() => window.location.reload())
      .catch((error: unknown) => ui.notify('error', errorText(error)));
  };
  const when = (iso: string) => formatMoment(ui.lang, iso);
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={ui.backupsOpen}
      isDismissable
      onOpenChange={(open) => ui.setBackupsOpen(open)}
    >
      <Modal className="modal modal-wide">
        <Dialog className="dialog" data-testid="backups-dialog">
          <Heading slot="title">{t('backups.title')}</Heading>
          <p className="muted">{t('backups.intro')}</p>
          {backups === null ? (
            <p>{t('app.loading')}</p>
          ) : backups.length === 0 ? (
            <p className="empty-state">{t('backups.none')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('backups.when')}</th>
                  <th scope="col">{t('backups.why')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {backups.map((b) => (
                  <tr key={b.id}>
                    <td>{when(b.createdAt)}</td>
                    <td>{t(REASON[b.reason])}</td>
                    <td>
                      <Button
                        className="button button-small"
                        onPress={() => restore(b.id)}
                        aria-label={t('backups.restoreLabel', { when: when(b.createdAt) })}
                      >
                        {t('backups.restore')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="dialog-actions">
            <Button className="button" onPress={() => ui.setBackupsOpen(false)}>
              {t('common.close')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
});
