import { observer } from 'mobx-react-lite';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { errorText } from '../api/ApiClient.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../stores/StoreContext.js';

/**
 * For a team of the sample "Voorbeeldwijk": say so, and offer to remove the sample (its
 * teams and professionals) once the user starts on their own. Asks first: unlike other
 * edits this one cannot be undone from the screen (a backup can bring it back).
 */
export const RemoveSample = observer(function RemoveSample() {
  const root = useStores();
  const t = useT();
  const teamId = root.plan.view?.teamId;
  if (!teamId || !root.teams.byId.get(teamId)?.isSample) return null;
  const remove = async () => {
    try {
      await root.undo.idle();
      await root.api.call('sample.remove', {});
      await Promise.all([root.teams.load(), root.professionals.load()]);
      const first = root.teams.teams[0];
      await root.openScenario(first ? (root.teams.mainScenario(first.id)?.id ?? null) : null);
    } catch (error) {
      root.ui.notify('error', errorText(error));
    }
  };
  return (
    <div className="callout sample-note" data-testid="sample-note">
      <p>{t('sample.note')}</p>
      <DialogTrigger>
        <Button className="button button-small">{t('sample.remove')}</Button>
        <ModalOverlay className="modal-overlay" isDismissable>
          <Modal className="modal">
            <Dialog className="dialog" role="alertdialog">
              {({ close }) => (
                <>
                  <Heading slot="title">{t('sample.confirmTitle')}</Heading>
                  <p>{t('sample.confirmBody')}</p>
                  <div className="dialog-actions">
                    <Button className="button" onPress={close} autoFocus>
                      {t('common.cancel')}
                    </Button>
                    <Button
                      className="button button-danger"
                      onPress={() => {
                        close();
                        void remove();
                      }}
                      data-testid="sample-remove-confirm"
                    >
                      {t('sample.remove')}
                    </Button>
                  </div>
                </>
              )}
            </Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
    </div>
  );
});
