import type { ReactNode } from 'react';
import { Button, DialogTrigger } from 'react-aria-components';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog.js';

interface Props extends Omit<ConfirmDialogProps, 'isOpen' | 'onOpenChange'> {
  /** The button that opens the question. */
  trigger: ReactNode;
  triggerClassName?: string;
  triggerAriaLabel?: string;
  /** While something else is under way (e.g. a restore already asked for). */
  isDisabled?: boolean;
}

/**
 * A removal the undo stack cannot take back asks first (`ConfirmDialog`). Used for the
 * sample, a team, a scenario and restoring a backup.
 */
export function ConfirmAction({
  trigger,
  triggerClassName = 'button button-small',
  triggerAriaLabel,
  isDisabled = false,
  testId,
  ...dialog
}: Props) {
  return (
    <DialogTrigger>
      <Button className={triggerClassName} aria-label={triggerAriaLabel} isDisabled={isDisabled} data-testid={testId}>
        {trigger}
      </Button>
      <ConfirmDialog testId={testId} {...dialog} />
    </DialogTrigger>
  );
}
