import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { Button, Dialog, Form, Group, Heading, Input, Label, NumberField } from 'react-aria-components';
import { assignCommand, moveCommand } from './assignmentCommands.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import type { PendingDrop } from '../app/UiStore.js';
import { AriaHiddenModal } from '../ui/modal/AriaHiddenModal.js';

/**
 * Asks how many hours a week the person gives to the function, prefilled with what is
 * free. Shown after a drop (new place or move) and when a member's hours are changed.
 * While it is open the coverage panel keeps previewing the drop. It opens and closes in
 * the frames of a drag, so its modal hides the board with `aria-hidden` rather than
 * react-aria's `inert`, which restyled the whole page each time (AriaHiddenModal).
 */
export const HoursDialog = observer(function HoursDialog() {
  const { ui } = useStores();
  const drop = ui.pendingDrop;
  const close = () => {
    ui.setPendingDrop(null);
    ui.setDragPreview(null);
  };
  return (
    <AriaHiddenModal isOpen={drop !== null} onClose={close}>
      {drop && <HoursForm key={`${drop.professionalId}:${drop.functionId}`} drop={drop} onDone={close} />}
    </AriaHiddenModal>
  );
});

const HoursForm = observer(function HoursForm({ drop, onDone }: { drop: PendingDrop; onDone: () => void }) {
  const root = useStores();
  const t = useT();
  const [hours, setHours] = useState(drop.suggestedHours);
  const person = root.plan.professionalById.get(drop.professionalId);
  const fn = root.plan.functionById.get(drop.functionId);
  const free = root.plan.freeHoursById.get(drop.professionalId) ?? 0;
  const existing = root.plan.plan?.assignments.find(
    (a) => a.functionId === drop.functionId && a.professionalId === drop.professionalId,
  );
  const valid = Number.isFinite(hours) && hours > 0 && hours <= 60;
  const submit = () => {
    if (!valid) return;
    const command = drop.fromFunctionId
      ? moveCommand(root, drop.professionalId, drop.fromFunctionId, drop.functionId, hours)
      : assignCommand(root, drop.functionId, drop.professionalId, hours);
    // Only the dialog closes here: the preview of this drop stays until the edit itself
    // lands (PlanStore.mutate ends it in the same action), so the board renders once per
    // drop, with the new numbers, instead of first flashing back to the old ones.
    root.ui.setPendingDrop(null);
    void root.execute(command);
  };
  const title =
    existing && !drop.fromFunctionId ? 'hours.titleChange' : drop.fromFunctionId ? 'hours.titleMove' : 'hours.titleAdd';
  return (
    <Dialog className="dialog" data-testid="hours-dialog">
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Heading slot="title">
          {t(title, { name: person?.name ?? '', fn: fn ? root.catalogue.functionName(fn, root.ui.lang) : '' })}
        </Heading>
        <p className="muted">
          {t('hours.free', { free: free + (existing?.hours ?? 0), contract: person?.contractHours ?? 0 })}
        </p>
        <NumberField
          className="field"
          value={hours}
          onChange={setHours}
          minValue={0.5}
          maxValue={60}
          step={0.5}
          autoFocus
          isInvalid={!valid}
          formatOptions={{ maximumFractionDigits: 1 }}
        >
          <Label>{t('hours.label')}</Label>
          <Group className="number-group">
            <Button slot="decrement" className="stepper">
              −
            </Button>
            <Input data-testid="hours-input" />
            <Button slot="increment" className="stepper">
              +
            </Button>
          </Group>
        </NumberField>
        {!valid && <p className="field-error">{t('hours.invalid')}</p>}
        <div className="dialog-actions">
          <Button className="button" onPress={onDone}>
            {t('common.cancel')}
          </Button>
          <Button className="button button-primary" type="submit" isDisabled={!valid} data-testid="hours-confirm">
            {t('hours.confirm')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
});
