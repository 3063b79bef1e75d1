import { useDroppable } from '@dnd-kit/core';
import { observer } from 'mobx-react-lite';
import { memo, startTransition, useEffect, useLayoutEffect, useState } from 'react';
import { POOL_ZONE } from './dndIds.js';
import { markPoolComplete } from '../app/perf.js';
import { useT } from '../i18n/useT.js';
import { filterPool } from './poolFilter.js';
import { useStores } from '../app/StoreContext.js';
import { disciplineName } from '../../shared/catalogue/disciplines.js';
import { PoolFilters } from './PoolFilters.js';
import { ProfessionalCard } from './ProfessionalCard.js';
import { classNames } from '../ui/classNames.js';

const NO_HOURS: ReadonlyMap<string, number> = new Map();
/**
 * Cards in the board's first frame: a 1440 × 960 window shows 6, a tall one about 12; the
 * rest follow just after. Each card is a draggable with three translated texts, so every
 * card not in the first frame is time the board is not yet usable.
 */
const FIRST_CARDS = 20;

/**
 * The pool of professionals; dropping a member here takes them out of their function.
 * Its drop zone is a shell of its own: `useDroppable` re-renders with every change of
 * dnd-kit's context (a drag starting, crossing zones, ending), and the panel with its
 * list of 500 cards should render again only when the pointer enters or leaves the pool.
 */
export const PoolPanel = memo(function PoolPanel() {
  const { setNodeRef, isOver } = useDroppable({ id: POOL_ZONE });
  return <PoolPanelBody setNodeRef={setNodeRef} isOver={isOver} />;
});

interface BodyProps {
  setNodeRef: (element: HTMLElement | null) => void;
  isOver: boolean;
}

const PoolPanelBody = observer(function PoolPanelBody({ setNodeRef, isOver }: BodyProps) {
  const { plan, ui } = useStores();
  const t = useT();
  // Stable between assignments (sorted once per change of people); free hours are read
  // here only when the user filters on them, so a drop does not re-render the whole pool.
  const pool = plan.sortedPool;
  const lang = ui.lang;
  const hours = ui.filter.minFreeHours > 0 ? plan.freeHoursById : NO_HOURS;
  const shown = filterPool(pool, ui.filter, hours, (key) => disciplineName(key, lang));
  // A large pool renders the first cards with the board, the rest right after as a
  // transition React interrupts for input: the board is usable before card 500 exists.
  const [complete, setComplete] = useState(false);
  useEffect(() => startTransition(() => setComplete(true)), []);
  const rendered = complete ? shown : shown.slice(0, FIRST_CARDS);
  useLayoutEffect(() => {
    if (complete) markPoolComplete();
  }, [complete]);
  return (
    <section
      className={classNames('pool', 'panel', isOver && 'is-over')}
      aria-labelledby="pool-title"
      ref={setNodeRef}
      data-testid="pool"
    >
      <header className="panel-header">
        <h2 id="pool-title">{t('pool.title')}</h2>
        <span className="muted" aria-live="polite" data-testid="pool-count">
          {t('pool.count', { shown: shown.length, total: pool.length })}
        </span>
      </header>
      <PoolFilters />
      {pool.length === 0 ? (
        <p className="empty-state">{t('pool.emptyPool')}</p>
      ) : shown.length === 0 ? (
        <p className="empty-state">{t('pool.noMatch')}</p>
      ) : (
        <ul className="pool-list" aria-label={t('pool.listLabel')}>
          {rendered.map((p) => (
            <ProfessionalCard key={p.id} professional={p} lang={lang} t={t} />
          ))}
        </ul>
      )}
      <p className="hint">{t('pool.dragHint')}</p>
    </section>
  );
});
