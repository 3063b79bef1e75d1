import { observer } from 'mobx-react-lite';
import { useCallback, useEffect, useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { BackupInfo } from '../../shared/api/entities.js';
import type { Message } from '../../shared/i18n/message.js';
import { errorText } from '../api/ApiClient.js';
import { listedMoments } from '../../shared/i18n/dateText.js';
import { useTranslator } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { ConfirmAction } from '../ui/ConfirmAction.js';
import { makeBackup, restoreBackup, type BackupOutcome } from './backupActions.js';
import { backupReasonText } from './backupReason.js';

/**
 * The backups on this computer, newest first, each restorable unless it is damaged or was
 * made by a newer version of the planner (then the row says so instead), and a backup by hand (the
 * same call as the desktop menu's). A restore asks first, naming the backup's moment and
 * the "voor het terugzetten" copy the store keeps of the current data, and, when a shared
 * database is set up, that what was published there stays (a later publish of the team
 * meets it as a conflict of the user's own); then the planner reloads and says which
 * backup came back (`RestoredNotice`).
 */
export const BackupsDialog = observer(function BackupsDialog() {
  const root = useStores();
  const { ui } = root;
  const { t, render } = useTranslator();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  /** A backup being made or restored: the buttons wait for it. */
  const [busy, setBusy] = useState<'making' | 'restoring' | null>(null);
  /** What "Nu een reservekopie maken" came to, said in the dialog (toasts behind a dialog cannot be read). */
  const [made, setMade] = useState<BackupOutcome | null>(null);
  /** Why the last restore was refused (a damaged backup), said in the dialog for the same reason. */
  const [notRestored, setNotRestored] = useState<Message | null>(null);
  const load = useCallback(() => {
    root.api
      .call('backups.list', {})
      .then((list) => setBackups([...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))))
      .catch((error: unknown) => ui.notify('error', errorText(error)));
  }, [root, ui]);
  useEffect(() => {
    if (!ui.backupsOpen) return;
    setBackups(null);
    setBusy(null);
    setMade(null);
    setNotRestored(null);
    load();
    // Whether a shared database is set up, which the restore's question then speaks of.
    void root.sharing.refresh();
  }, [ui.backupsOpen, load, root]);
  const makeNow = () => {
    setBusy('making');
    setMade(null);
    void makeBackup(root).then((outcome) => {
      setBusy(null);
      setMade(outcome);
      if (outcome.ok) load();
    });
  };
  const restore = (backup: BackupInfo) => {
    setBusy('restoring');
    setNotRestored(null);
    void restoreBackup(root, backup, () => window.location.reload()).then((refused) => {
      if (!refused) return; // the page is reloading
      setBusy(null);
      setNotRestored(refused);
      // Refused because the file turned out damaged since the list was read: the list says so now.
      load();
    });
  };
  // To the minute, to the second where two backups share a minute, and with their place within a
  // second where two share that too: no two rows, and no two Restore buttons, read alike.
  const when = listedMoments(
    ui.lang,
    (backups ?? []).map((b) => b.createdAt),
  );
  // After a damaged file was moved aside: the backup its notice names, which the backups of
  // the fresh empty file (listed above it) must not hide.
  const recommended = root.notice?.latestBackupId ?? null;
  // A restore replaces only this computer's data: the shared database keeps what was published.
  const sharedDb = root.sharing.status?.configured ?? false;
  // The wachtrij lives in this computer's data too, so it goes back with them: what waits now
  // may never be sent (also with the connection removed, when the publications only wait).
  const waiting = root.sharing.waiting;
  const confirmNote = (at: string) =>
    [
      sharedDb ? t('backups.confirmShared', { when: when(at) }) : '',
      waiting > 0 ? t('backups.confirmWaiting', { count: waiting, when: when(at) }) : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined;
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
          <div className="backups-make">
            <Button
              className="button"
              onPress={makeNow}
              isPending={busy === 'making'}
              isDisabled={busy === 'restoring'}
              data-testid="backup-now"
            >
              {busy === 'making' ? t('backups.making') : t('backups.makeNow')}
            </Button>
            <span role="status" data-testid="backup-made">
              {made?.ok && render(made.text)}
            </span>
            <span role="alert">{made && !made.ok && render(made.text)}</span>
          </div>
          {busy === 'restoring' && (
            <p role="status" data-testid="backups-restoring">
              {t('backups.restoring')}
            </p>
          )}
          {notRestored && (
            <p role="alert" className="field-error" data-testid="backups-not-restored">
              {render(notRestored)}
            </p>
          )}
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
                  <tr key={b.id} className={b.id === recommended ? 'backup-recommended' : undefined}>
                    <td>{when(b.createdAt)}</td>
                    <td>
                      {render(backupReasonText(b))}
                      {b.id === recommended && (
                        <strong className="block" data-testid="backup-recommended">
                          {t('backups.recommended')}
                        </strong>
                      )}
                    </td>
                    <td>
                      {b.condition !== 'usable' ? (
                        <span className="field-error" data-testid="backup-unusable">
                          {b.condition === 'newer' ? t('backups.condition.newer') : t('backups.condition.damaged')}
                        </span>
                      ) : (
                        <ConfirmAction
                          trigger={t('backups.restore')}
                          triggerAriaLabel={t('backups.restoreLabel', { when: when(b.createdAt) })}
                          title={t('backups.confirmTitle', { when: when(b.createdAt) })}
                          body={t('backups.confirmBody', { when: when(b.createdAt) })}
                          note={confirmNote(b.createdAt)}
                          confirmLabel={t('backups.confirm')}
                          onConfirm={() => restore(b)}
                          isDisabled={busy !== null}
                          testId="restore-backup"
                        />
                      )}
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
