import { useDroppable } from '@dnd-kit/core';
import { observer } from 'mobx-react-lite';
import { POOL_ZONE } from '../board/dndIds.js';
import { useT } from '../i18n/useT.js';
import { filterPool } from '../stores/poolFilter.js';
import { useStores } from '../stores/StoreContext.js';
import { disciplineName } from './catalogueNames.js';
import { PoolFilters } from './PoolFilters.js';
import { ProfessionalCard } from './ProfessionalCard.js';

/** The pool of professionals; dropping a member here takes them out of their function. */
export const PoolPanel = observer(function PoolPanel() {
  const { plan, ui } = useStores();
  const t = useT();
  const { setNodeRef, isOver } = useDroppable({ id: POOL_ZONE });
  const pool = plan.plan?.professionals ?? [];
  const lang = ui.lang;
  const shown = filterPool(plan.sortedPool, ui.filter, plan.freeHoursById, (key) => disciplineName(key, lang));
  return (
    <section className={`pool panel ${isOver ? 'is-over' : ''}`} aria-labelledby="pool-title" ref={setNodeRef} data-testid="pool">
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
          {shown.map((p) => (
            <ProfessionalCard key={p.id} professional={p} freeHours={plan.freeHoursById.get(p.id) ?? 0} lang={lang} />
          ))}
        </ul>
      )}
      <p className="hint">{t('pool.dragHint')}</p>
    </section>
  );
});
