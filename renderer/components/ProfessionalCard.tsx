import { useDraggable } from '@dnd-kit/core';
import { observer } from 'mobx-react-lite';
import type { Professional } from '../../shared/domain/schemas.js';
import type { Lang } from '../../shared/domain/text.js';
import { type DragData, poolCardId } from '../board/dndIds.js';
import { translate } from '../i18n/translate.js';
import { disciplineName } from './catalogueNames.js';

interface Props {
  professional: Professional;
  freeHours: number;
  lang: Lang;
}

/**
 * A person in the pool. The card itself is the drag handle (mouse, touch, or focus it
 * and press Space). Props are plain values and observer memoises the card, so 500 cards do
 * not re-render when one assignment changes.
 */
export const ProfessionalCard = observer(function ProfessionalCard({ professional, freeHours, lang }: Props) {
    const data: DragData = { professionalId: professional.id, fromFunctionId: null };
    const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: poolCardId(professional.id), data });
    const strongest = Object.entries(professional.ratings)
      .filter(([, level]) => level >= 3)
      .length;
    return (
      <li className={`pool-card ${isDragging ? 'is-dragging' : ''}`} data-testid="pool-card" data-name={professional.name}>
        <div
          ref={setNodeRef}
          className="pool-card-handle"
          {...attributes}
          {...listeners}
          aria-label={translate(lang, 'pool.cardLabel', {
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
              {translate(lang, 'pool.free', { hours: freeHours })}
            </span>
            {strongest > 0 && <span className="muted">{translate(lang, 'pool.strong', { count: strongest })}</span>}
          </span>
        </div>
      </li>
    );
});
