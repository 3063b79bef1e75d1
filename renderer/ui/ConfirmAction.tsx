import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useT } from '../i18n/useT.js';

interface Props {
  /** The button that opens the question. */
  trigger: ReactNode;
  triggerClassName?: string;
  triggerAriaLabel?: string;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  testId: string;
  /** While something else is under way (e.g. a restore already asked for). */
  isDisabled?: boolean;
}

/**
 * A removal the undo stack cannot take back asks first, in an alert dialog whose safe
 * choice (cancel) has the focus. Used for the sample, a team, a scenario and restoring a backup.
 */
export function ConfirmAction({
  trigger,
  triggerClassName = 'button button-small',
  triggerAriaLabel,
  title,
  body,
  confirmLabel,
  onConfirm,
  testId,
  isDisabled = false,
}: Props) {
  const t = useT();
  return (
    <DialogTrigger>
      <Button className={triggerClassName} aria-label={triggerAriaLabel} isDisabled={isDisabled} data-testid={testId}>
        {trigger}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">{title}</Heading>
                <p>{body}</p>
                <div className="dialog-actions">
                  <Button className="button" onPress={close} autoFocus>
                    {t('common.cancel')}
                  </Button>
                  <Button
                    className="button button-danger"
                    onPress={() => {
                      close();
                      onConfirm();
                    }}
                    data-testid={`${testId}-confirm`}
                  >
                    {confirmLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
