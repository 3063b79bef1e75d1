import { ASSIGNMENT_HOURS_RULE } from '../../shared/domain/hourRules.js';
import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { Button, Dialog, Form, Heading } from 'react-aria-components';
import { hoursFreeFor } from '../../shared/engine/suggestions/availability.js';
import { MIN_ASSIGNMENT_HOURS } from '../../shared/engine/suggestions/room.js';
import type { NumberReading } from '../../shared/i18n/numberInput.js';
import { assignCommand, moveCommand } from './assignmentCommands.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import type { PendingDrop } from '../app/UiStore.js';
import { AriaHiddenModal } from '../ui/modal/AriaHiddenModal.js';
import { NumberInput } from '../ui/NumberInput.js';

/**
 * Asks how many hours a week the person gives to the function, prefilled with what is
 * free. Shown after a drop (new place or move) and when a member's hours are changed.
 * While it is open the board keeps previewing the drop, with the hours in the field. It opens and closes in
 * the frames of a drag, so its modal hides the board with `aria-hidden` rather than
 * react-aria's `inert`, which restyled the whole page each time (AriaHiddenModal).
 */
export const HoursDialog = observer(function HoursDialog() {
  const { ui } = useStores();
  const drop = ui.pendingDrop;
  const close = () => {
    // Cancelled: the chip that "Plaatsen" asked to focus will not come.
    const request = ui.focusRequest;
    if (request?.kind === 'member' && request.professionalId === drop?.professionalId) ui.focusTaken();
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
  const [hours, setHours] = useState<NumberReading>({ ok: true, value: drop.suggestedHours });
  const person = root.plan.professionalById.get(drop.professionalId);
  const fn = root.plan.functionById.get(drop.functionId);
  const assignments = root.plan.plan?.assignments ?? [];
  const hoursIn = (functionId: string | null) =>
    assignments.find((a) => a.functionId === functionId && a.professionalId === drop.professionalId)?.hours;
  const existing = hoursIn(drop.functionId);
  // What this function can have: the free hours plus those the person gives it already
  // (changing them) or gives the function they are moved from.
  const load = root.plan.report?.professionals.find((l) => l.id === drop.professionalId);
  const ownHours = (existing ?? 0) + (hoursIn(drop.fromFunctionId) ?? 0);
  const free = load ? hoursFreeFor(load, ownHours, root.plan.hoursElsewhere) : 0;
  const value = hours.ok ? hours.value : null;
  const belowMinimum = value !== null && value < MIN_ASSIGNMENT_HOURS;
  const valid = value !== null;
  // The board behind the dialog previews this drop: it follows the hours typed (a number
  // the rule refuses leaves the last one shown), so the board and the dialog agree.
  const type = (reading: NumberReading) => {
    setHours(reading);
    const preview = root.ui.dragPreview;
    const forThisDrop =
      preview?.professionalId === drop.professionalId &&
      preview.functionId === drop.functionId &&
      preview.fromFunctionId === drop.fromFunctionId;
    if (forThisDrop && reading.ok && reading.value !== null)
      root.ui.setDragPreview({ ...preview, hours: reading.value });
  };
  const submit = () => {
    if (value === null) return;
    const command = drop.fromFunctionId
      ? moveCommand(root, drop.professionalId, drop.fromFunctionId, drop.functionId, value)
      : assignCommand(root, drop.functionId, drop.professionalId, value);
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
        <p className="muted">{t('hours.free', { free, contract: person?.contractHours ?? 0 })}</p>
        <NumberInput
          label={t('hours.label')}
          value={drop.suggestedHours}
          rule={ASSIGNMENT_HOURS_RULE}
          onChange={type}
          step={0.5}
          autoFocus
          testId="hours-input"
        />
        {/* Allowed, as on the board, but said before it is saved: the suggestions can open
            this dialog for someone without room, prefilled with one hour. */}
        <p className="warning" role="status" data-testid="hours-over-contract">
          {value !== null && value > free ? t('hours.overContract', { name: person?.name ?? '', free }) : ''}
        </p>
        {/* The minimum assignment is the planner's advice, not a limit (the composer's default,
            and "Plaatsen" offers less to someone with fewer hours free): said as it is typed,
            and it may still be saved. */}
        {/* The warning's colour, not the error's: the hours may be saved. */}
        <p className={belowMinimum ? 'field-warning' : undefined} role="status" data-testid="hours-below-minimum">
          {belowMinimum ? t('hours.belowMinimum', { min: MIN_ASSIGNMENT_HOURS }) : ''}
        </p>
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
