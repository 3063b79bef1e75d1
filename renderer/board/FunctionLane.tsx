import { useDroppable } from '@dnd-kit/core';
import { observer } from 'mobx-react-lite';
import { memo } from 'react';
import type { TeamFunction } from '../../shared/domain/schemas.js';
import { functionZoneId } from './dndIds.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { useFocusRequest } from '../app/focusRequest.js';
import { shownFunctionCoverage } from '../../shared/engine/shownCoverage.js';
import { CoverageBadge } from '../ui/CoverageBadge.js';
import { MemberChip } from './MemberChip.js';
import { RequirementList } from './RequirementList.js';

/**
 * One function as a drop zone: its members and hours, and how well it is covered (live
 * while dragging). `useDroppable` re-renders with every change of dnd-kit's context (a
 * drag starting, crossing zones, ending); this shell takes those re-renders and the
 * memoised body renders again only when the pointer enters or leaves this lane.
 */
export const FunctionLane = memo(function FunctionLane({ fn }: { fn: TeamFunction }) {
  const { setNodeRef, isOver } = useDroppable({ id: functionZoneId(fn.id) });
  return <FunctionLaneBody fn={fn} setNodeRef={setNodeRef} isOver={isOver} />;
});

interface BodyProps {
  fn: TeamFunction;
  setNodeRef: (element: HTMLElement | null) => void;
  isOver: boolean;
}

const FunctionLaneBody = observer(function FunctionLaneBody({ fn, setNodeRef, isOver }: BodyProps) {
  const { plan, ui, catalogue } = useStores();
  const t = useT();
  // Keyed reads: this lane re-renders when its own coverage or members change, not on every drop.
  const coverage = plan.laneCoverage.get(fn.id);
  const members = plan.laneMembers.get(fn.id) ?? [];
  const over = new Set(plan.overAllocatedIds);
  const previewing = ui.dragPreview?.functionId === fn.id;
  const inShell = fn.placement === 'shell';
  const name = catalogue.functionName(fn, ui.lang);
  // After "Plaatsen" or a member's ×, the member asked for (or this heading) takes the focus.
  useFocusRequest((target) => {
    if (target.kind !== 'member' && target.kind !== 'lane') return null;
    if (target.functionId !== fn.id) return null;
    const heading = document.getElementById(`lane-${fn.id}`);
    if (target.kind === 'lane') return heading;
    const chip = `[data-professional="${CSS.escape(target.professionalId)}"] .member-handle`;
    return heading?.closest('section')?.querySelector<HTMLElement>(chip);
  });
  return (
    <section
      ref={setNodeRef}
      className={`lane ${inShell ? 'lane-shell' : ''} ${isOver ? 'is-over' : ''} ${previewing ? 'is-preview' : ''}`}
      aria-labelledby={`lane-${fn.id}`}
      data-testid="function-lane"
      data-function={fn.name}
    >
      <header className="lane-header">
        <h3 id={`lane-${fn.id}`} tabIndex={-1}>
          {name}
        </h3>
        {coverage && !inShell && <CoverageBadge coverage={shownFunctionCoverage(coverage)} testId="lane-coverage" />}
      </header>
      <p className="lane-hours" data-testid="lane-hours">
        {t('lane.hours', { allocated: coverage?.hoursAllocated ?? 0, required: fn.hoursRequired })}
      </p>
      {coverage && !inShell && coverage.requirements.length > 0 && (
        <RequirementList requirements={coverage.requirements} compact />
      )}
      {members.length === 0 ? (
        <p className="lane-empty">{inShell ? t('lane.shellEmpty') : t('lane.empty')}</p>
      ) : (
        <ul className="member-list" aria-label={t('lane.members', { fn: name })}>
          {members.map((a) => {
            const person = plan.professionalById.get(a.professionalId);
            return person ? (
              <MemberChip
                key={a.professionalId}
                functionId={fn.id}
                functionName={name}
                professional={person}
                hours={a.hours}
                overAllocated={over.has(a.professionalId)}
              />
            ) : null;
          })}
        </ul>
      )}
    </section>
  );
});
