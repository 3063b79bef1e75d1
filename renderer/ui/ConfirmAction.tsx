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
}

/**
 * A removal the undo stack cannot take back asks first, in an alert dialog whose safe
 * choice (cancel) has the focus. Used for the sample, a team and a scenario.
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
}: Props) {
  const t = useT();
  return (
    <DialogTrigger>
      <Button className={triggerClassName} aria-label={triggerAriaLabel} data-testid={testId}>
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
