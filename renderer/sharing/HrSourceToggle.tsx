import { observer } from 'mobx-react-lite';
import { useEffect, useState } from 'react';
import { useStores } from '../app/StoreContext.js';
import { useTranslator } from '../i18n/useT.js';
import { timeAgo } from './timeAgo.js';
import './sharing.css';

/**
 * HR's choice of source, shown once a shared database is configured: this computer's
 * teams, or every team in the shared database (what the signed-in person may read), with
 * how fresh that read is. The overview itself is computed the same way for both.
 */
export const HrSourceToggle = observer(function HrSourceToggle() {
  const { hr, sharing } = useStores();
  const { t, render } = useTranslator();
  const [, setTick] = useState(0);
  useEffect(() => {
    void sharing.refresh();
    // The freshness line ages while the screen stays open.
    const timer = setInterval(() => setTick((tick) => tick + 1), 30_000);
    return () => clearInterval(timer);
  }, [sharing]);
  // Aged at every render, not at the last choice of source: after a failed "Vernieuwen" the
  // line must show how old the read still shown is ("5 minuten geleden"), not "zojuist".
  const now = new Date();
  void hr.loading; // observed, so the line is aged again when a read ends
  if (!sharing.status?.configured && hr.source === 'local') return null;
  const choose = (source: 'local' | 'shared') => {
    hr.setSource(source);
    void hr.load();
  };
  return (
    <fieldset className="hr-source panel" data-testid="hr-source">
      <legend>{t('sharing.hr.source')}</legend>
      <label>
        <input type="radio" name="hr-source" checked={hr.source === 'local'} onChange={() => choose('local')} />{' '}
        {t('sharing.hr.local')}
      </label>
      <label>
        <input
          type="radio"
          name="hr-source"
          checked={hr.source === 'shared'}
          onChange={() => choose('shared')}
          data-testid="hr-source-shared"
        />{' '}
        {t('sharing.hr.shared')}
      </label>
      {hr.source === 'shared' && hr.pulledAt && (
        <span className="muted" role="status" data-testid="hr-freshness">
          {t('sharing.hr.freshness', { ago: render(timeAgo(hr.pulledAt, now)) })}
        </span>
      )}
      {hr.source === 'shared' && hr.unreadableShared > 0 && (
        <p className="muted" role="note" data-testid="hr-unreadable">
          {t('sharing.hr.unreadable', { count: hr.unreadableShared })}
        </p>
      )}
    </fieldset>
  );
});
