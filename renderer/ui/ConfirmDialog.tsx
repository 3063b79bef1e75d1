import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useT } from '../i18n/useT.js';

export interface ConfirmDialogProps {
  title: string;
  body: string;
  /** A second paragraph, for what else happens in this case only (a restore with a shared database). */
  note?: string;
  confirmLabel: string;
  onConfirm: () => void;
  testId: string;
  /** Set when the dialog is opened by its caller rather than by a trigger of its own. */
  isOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
}

/**
 * The question before a removal: an alert dialog whose safe choice (cancel) has the focus.
 * `ConfirmAction` opens it from a button; a caller that must read something first (who is
 * in which team) opens it itself with `isOpen`.
 */
export function ConfirmDialog({
  title,
  body,
  note,
  confirmLabel,
  onConfirm,
  testId,
  isOpen,
  onOpenChange,
}: ConfirmDialogProps) {
  const t = useT();
  return (
    <ModalOverlay className="modal-overlay" isDismissable isOpen={isOpen} onOpenChange={onOpenChange}>
      <Modal className="modal">
        <Dialog className="dialog" role="alertdialog" data-testid={`${testId}-dialog`}>
          {({ close }) => (
            <>
              <Heading slot="title">{title}</Heading>
              <p>{body}</p>
              {note && <p data-testid={`${testId}-note`}>{note}</p>}
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
  );
}
