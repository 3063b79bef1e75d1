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
import { ShowMore } from '../ui/ShowMore.js';
import { usePoolPage } from './usePoolPage.js';

const NO_HOURS: ReadonlyMap<string, number> = new Map();
/** No card is lower than this (name, discipline and a line of badges; the pool's CSS reserves 4.5rem). */
const CARD_MIN_HEIGHT_PX = 72;

/**
 * Cards in the board's first frame: as many as the window could show if the pool began at
 * its top edge (14 for a 1440 × 960 window, which shows 6 below the pool's header and
 * filters; 30 for a 2160 px tall one); the rest follow just after. Each card is a draggable
 * with three translated texts, so every card not in the first frame is time the board is
 * not yet usable, and every card in view must be in it, or the pool would fill up visibly.
 */
function firstCards(): number {
  const height = typeof window === 'undefined' ? 960 : window.innerHeight;
  return Math.max(6, Math.ceil(height / CARD_MIN_HEIGHT_PX));
}

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
  const [first] = useState(firstCards);
  const page = usePoolPage(shown);
  const rendered = complete ? page.listed : page.listed.slice(0, first);
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
      {complete && page.hidden > 0 && (
        <ShowMore
          note={t('pool.capped', { rendered: page.listed.length, shown: shown.length })}
          label={t('pool.showMore', { count: page.nextPage })}
          onMore={page.showMore}
          testId="pool"
        />
      )}
      <p className="hint">{t('pool.dragHint')}</p>
    </section>
  );
});
