import { useDraggable } from '@dnd-kit/core';
import { observer } from 'mobx-react-lite';
import { memo, useMemo } from 'react';
import type { Professional } from '../../shared/domain/schemas.js';
import type { Lang } from '../../shared/domain/text.js';
import { type DragData, poolCardId } from './dndIds.js';
import type { Translator } from '../../shared/i18n/translator.js';
import { useStores } from '../app/StoreContext.js';
import { disciplineName } from '../../shared/catalogue/disciplines.js';
import type { DraggableHandle } from './draggableHandle.js';

interface Props {
  professional: Professional;
  lang: Lang;
  /** The pool's translator: a translation hook in each of 500 cards was a third of their render time in a profile. */
  t: Translator['t'];
}

/**
 * A person in the pool. The card itself is the drag handle (mouse, touch, or focus it
 * and press Space).
 *
 * Split in two because of dnd-kit: `useDraggable` reads dnd-kit's internal context,
 * which changes when a drag starts, when it passes into another drop zone and when it
 * ends, and a context change re-renders every card whatever its props. So this thin
 * shell takes that re-render (one hook, no elements of its own) and hands the hook's
 * results, which stay the same objects for every card but the dragged one, to the
 * memoised body: picking up a card renders one body, not 500.
 */
export const ProfessionalCard = memo(function ProfessionalCard({ professional, lang, t }: Props) {
  // The same data object for the card's life: a new one per render makes dnd-kit run a
  // layout effect in each of 500 cards whenever a drag starts or ends.
  const data = useMemo((): DragData => ({ professionalId: professional.id, fromFunctionId: null }), [professional.id]);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: poolCardId(professional.id), data });
  return (
    <CardBody
      professional={professional}
      lang={lang}
      t={t}
      attributes={attributes}
      listeners={listeners}
      setNodeRef={setNodeRef}
      isDragging={isDragging}
    />
  );
});

type BodyProps = Props & DraggableHandle;

/**
 * What the card shows. Props are plain values or dnd-kit's memoised objects, and
 * observer memoises the body; its free hours come from the store per person, so one
 * drop re-renders one body, not 500.
 */
const CardBody = observer(function CardBody({
  professional,
  lang,
  t,
  attributes,
  listeners,
  setNodeRef,
  isDragging,
}: BodyProps) {
  const { plan } = useStores();
  // Reads only this person's entry: other people's hours changing does not re-render this card.
  const freeHours = plan.freeHours.get(professional.id) ?? 0;
  const strongest = Object.values(professional.ratings).filter((level) => level >= 3).length;
  return (
    <li
      className={`pool-card ${isDragging ? 'is-dragging' : ''}`}
      data-testid="pool-card"
      data-name={professional.name}
    >
      <div
        ref={setNodeRef}
        className="pool-card-handle"
        {...attributes}
        {...listeners}
        aria-label={t('pool.cardLabel', {
          name: professional.name,
          discipline: disciplineName(professional.discipline, lang),
          hours: freeHours,
        })}
      >
        <span className="pool-card-name">{professional.name}</span>
        <span className="pool-card-meta">
          {disciplineName(professional.discipline, lang)}
          {professional.organisation ? ` · ${professional.organisation}` : ''}
        </span>
        <span className="pool-card-facts">
          <span className={`hours-pill ${freeHours === 0 ? 'is-full' : ''}`}>
            {t('pool.free', { hours: freeHours })}
          </span>
          {strongest > 0 && <span className="muted">{t('pool.strong', { count: strongest })}</span>}
        </span>
      </div>
    </li>
  );
});
