import { useDraggable } from '@dnd-kit/core';
import { observer } from 'mobx-react-lite';
import { type FocusEvent, memo, useMemo } from 'react';
import { PlainButton } from '../ui/PlainButton.js';
import type { Professional } from '../../shared/domain/schemas.js';
import { type DragData, memberId } from './dndIds.js';
import { unassignCommand } from './assignmentCommands.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { disciplineName } from '../../shared/catalogue/disciplines.js';
import type { DraggableHandle } from './draggableHandle.js';

interface Props {
  functionId: string;
  functionName: string;
  professional: Professional;
  hours: number;
  overAllocated: boolean;
}

/**
 * A member inside a function: drag to move (or back to the pool to remove), change
 * hours, remove. Pointing at it (hover or focus) makes the coverage panel show what the
 * team would lose without this person.
 *
 * A thin draggable shell around a memoised body, as the pool's cards (ProfessionalCard):
 * dnd-kit's context changes when a drag starts, crosses into another zone and ends, and
 * re-renders every `useDraggable`; only this shell takes that, the body with its two
 * buttons and translated labels renders again only for the dragged member.
 */
export const MemberChip = memo(function MemberChip(props: Props) {
  const { professional, functionId } = props;
  // One data object per member (see ProfessionalCard: a new one costs a layout effect per render).
  const data = useMemo(
    (): DragData => ({ professionalId: professional.id, fromFunctionId: functionId }),
    [professional.id, functionId],
  );
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: memberId(functionId, professional.id),
    data,
  });
  return (
    <MemberChipBody
      {...props}
      attributes={attributes}
      listeners={listeners}
      setNodeRef={setNodeRef}
      isDragging={isDragging}
    />
  );
});

const MemberChipBody = observer(function MemberChipBody({
  functionId,
  functionName,
  professional,
  hours,
  overAllocated,
  attributes,
  listeners,
  setNodeRef,
  isDragging,
}: Props & DraggableHandle) {
  const root = useStores();
  const { ui } = root;
  const t = useT();
  const point = () => ui.setFocusedMember(professional.id);
  // The × goes with the chip: focus moves on to the next member of the function, else the
  // one before, else the function's heading (its lane takes it, focusRequest.ts).
  const remove = () => {
    const members = root.plan.laneMembers.get(functionId) ?? [];
    const at = members.findIndex((a) => a.professionalId === professional.id);
    const next = members[at + 1] ?? members[at - 1];
    ui.requestFocus(
      next ? { kind: 'member', functionId, professionalId: next.professionalId } : { kind: 'lane', functionId },
    );
    void root.execute(unassignCommand(root, functionId, professional.id));
  };
  const leave = () => ui.focusedMemberId === professional.id && ui.setFocusedMember(null);
  // Focus going on to this member's own hours or × button stays with the member, so the
  // coverage panel's live region is not emptied and filled again (said once per member).
  const blur = (event: FocusEvent<HTMLLIElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) leave();
  };
  return (
    <li
      className={`member ${isDragging ? 'is-dragging' : ''} ${overAllocated ? 'is-over-allocated' : ''}`}
      data-testid="member"
      data-name={professional.name}
      data-professional={professional.id}
      onMouseEnter={point}
      onMouseLeave={leave}
      onFocus={point}
      onBlur={blur}
    >
      <div
        ref={setNodeRef}
        className="member-handle"
        {...attributes}
        {...listeners}
        aria-label={t('member.label', { name: professional.name, fn: functionName, hours })}
      >
        <span className="member-name" title={professional.name}>
          {professional.name}
        </span>
        <span className="member-meta">{disciplineName(professional.discipline, ui.lang)}</span>
      </div>
      <PlainButton
        className="hours-button"
        aria-label={t('member.changeHours', { name: professional.name, hours })}
        onPress={() =>
          ui.setPendingDrop({
            professionalId: professional.id,
            functionId,
            fromFunctionId: null,
            suggestedHours: hours,
          })
        }
      >
        {t('member.hours', { hours })}
        {overAllocated && <span className="warning-dot" aria-label={t('member.overAllocated')} role="img" />}
      </PlainButton>
      <PlainButton
        className="icon-button"
        aria-label={t('member.remove', { name: professional.name, fn: functionName })}
        onPress={remove}
      >
        <span aria-hidden="true">×</span>
      </PlainButton>
    </li>
  );
});
