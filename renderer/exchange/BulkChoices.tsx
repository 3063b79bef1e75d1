import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import type { BulkChoice } from './ExchangeStore.js';

/**
 * One choice for all open conflicts of an import (a region's file brings hundreds), shown
 * when more than one is open. Replacing all asks first, naming the count and the backup
 * made before. The buttons are `aria-disabled` while the work runs, so the focus stays
 * on them; `onDecide` asks where the focus goes once the work is done.
 */
export const BulkChoices = observer(function BulkChoices({ onDecide }: { onDecide: () => void }) {
  const { exchange } = useStores();
  const t = useT();
  const [asking, setAsking] = useState(false);
  const count = exchange.conflicts.length;
  const decide = (choice: BulkChoice) => {
    onDecide();
    void exchange.resolveAll(choice);
  };
  return (
    <div className="exchange-bulk" data-testid="exchange-bulk">
      <p>{t('exchange.bulkIntro', { count })}</p>
      <div className="exchange-choices">
        <button
          type="button"
          className="button"
          aria-disabled={exchange.busy}
          onClick={() => !exchange.busy && setAsking(true)}
          data-testid="exchange-replace-all"
        >
          {t('exchange.replaceAll', { count })}
        </button>
        <button
          type="button"
          className="button button-quiet"
          aria-disabled={exchange.busy}
          onClick={() => !exchange.busy && decide('skip')}
          data-testid="exchange-skip-all"
        >
          {t('exchange.skipAll', { count })}
        </button>
      </div>
      <ConfirmDialog
        isOpen={asking}
        onOpenChange={setAsking}
        title={t('exchange.replaceAllTitle', { count })}
        body={t('exchange.replaceAllBody', { count })}
        confirmLabel={t('exchange.replaceAll', { count })}
        onConfirm={() => decide('replace')}
        testId="exchange-replace-all"
      />
    </div>
  );
});

/** How far long work of the exchange is (export of all teams, replacing many): a polite live region. */
export const ExchangeProgressLine = observer(function ExchangeProgressLine() {
  const { exchange } = useStores();
  const t = useT();
  const progress = exchange.progress;
  if (!progress) return null;
  const percent = progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100);
  const label =
    progress.work === 'export'
      ? t('exchange.exporting', { count: progress.total, percent })
      : t('exchange.replacing', { done: progress.done, total: progress.total });
  return (
    <p className="exchange-progress" role="status" data-testid="exchange-progress">
      <progress max={100} value={percent} aria-label={label} />
      <span>{label}</span>
    </p>
  );
});
