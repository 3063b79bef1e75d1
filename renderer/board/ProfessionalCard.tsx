import { useDraggable } from '@dnd-kit/core';
import { observer } from 'mobx-react-lite';
import type { Professional } from '../../shared/domain/schemas.js';
import type { Lang } from '../../shared/domain/text.js';
import { type DragData, poolCardId } from './dndIds.js';
import type { Translator } from '../../shared/i18n/translator.js';
import { useStores } from '../app/StoreContext.js';
import { disciplineName } from '../../shared/catalogue/disciplines.js';

interface Props {
  professional: Professional;
  lang: Lang;
  /** The pool's translator: a translation hook in each of 500 cards was a third of their render time in a profile. */
  t: Translator['t'];
}

/**
 * A person in the pool. The card itself is the drag handle (mouse, touch, or focus it
 * and press Space). Props are plain values and observer memoises the card; its free
 * hours come from the store per person, so one drop re-renders one card, not 500.
 */
export const ProfessionalCard = observer(function ProfessionalCard({ professional, lang, t }: Props) {
  const { plan } = useStores();
  // Reads only this person's entry: other people's hours changing does not re-render this card.
  const freeHours = plan.freeHours.get(professional.id) ?? 0;
  const data: DragData = { professionalId: professional.id, fromFunctionId: null };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: poolCardId(professional.id), data });
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
