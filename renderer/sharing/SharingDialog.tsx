import { observer } from 'mobx-react-lite';
import { useEffect } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';
import { ConflictCompare } from './ConflictCompare.js';
import { OutboxStatus } from './OutboxStatus.js';
import { SettingsForm } from './SettingsForm.js';
import './sharing.css';

/** "Gedeelde database": the outbox, a conflict being compared, and this installation's connection settings. */
export const SharingDialog = observer(function SharingDialog() {
  const { sharing } = useStores();
  const t = useT();
  useEffect(() => {
    if (!sharing.dialogOpen) return undefined;
    void sharing.loadSettings();
    return sharing.watch();
  }, [sharing, sharing.dialogOpen]);
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={sharing.dialogOpen}
      isDismissable
      onOpenChange={(open) => sharing.setDialogOpen(open)}
    >
      <Modal className="modal modal-wide">
        <Dialog className="dialog" data-testid="sharing-dialog">
          <Heading slot="title">{t('sharing.title')}</Heading>
          <p className="muted">{t('sharing.intro')}</p>
          {sharing.conflict && <ConflictCompare conflict={sharing.conflict} />}
          <OutboxStatus />
          <SettingsForm />
          <div className="dialog-actions">
            <Button className="button" onPress={() => sharing.setDialogOpen(false)}>
              {t('common.close')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
});
