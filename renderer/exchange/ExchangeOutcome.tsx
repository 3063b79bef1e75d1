import { observer } from 'mobx-react-lite';
import { useRef } from 'react';
import { useT, useTranslator } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { useFocusRequest } from '../app/focusRequest.js';
import type { ConflictChoice } from './ExchangeStore.js';

/**
 * What an import left to decide (teams that already exist) and what happened. Shown in
 * the exchange panel, and by ExchangeNotices wherever else the user is (an import from
 * the desktop menu can start on any screen).
 */
export const ExchangeOutcome = observer(function ExchangeOutcome() {
  const { exchange, ui } = useStores();
  const { t, render } = useTranslator();
  // After a decided conflict: the next one, or the message that says what happened.
  const conflictsBox = useRef<HTMLDivElement>(null);
  const messagesBox = useRef<HTMLDivElement>(null);
  useFocusRequest((target) => {
    if (target.kind !== 'exchange') return null;
    if (exchange.conflicts.length > 0) return conflictsBox.current?.querySelector('button');
    return exchange.messages.some((m) => m.id > target.afterMessageId) ? messagesBox.current : null;
  });
  const decide = (id: number, choice: ConflictChoice) => {
    ui.requestFocus({ kind: 'exchange', afterMessageId: exchange.lastMessageId });
    void exchange.resolve(id, choice);
  };
  return (
    <>
      {exchange.conflicts.length > 0 && (
        <div className="exchange-conflicts" role="alert" data-testid="exchange-conflicts" ref={conflictsBox}>
          <h3>{t('exchange.conflictTitle')}</h3>
          <ul>
            {exchange.conflicts.map((c) => (
              <li key={c.id} data-testid="exchange-conflict" data-team={c.teamName}>
                <p>{t('exchange.conflictBody', { file: c.fileName, name: c.teamName, existing: c.existingName })}</p>
                <p className="muted">{t('exchange.copyNote')}</p>
                <div className="exchange-choices">
                  <button type="button" className="button" onClick={() => decide(c.id, 'replace')}>
                    {t('exchange.replace')}
                  </button>
                  <button type="button" className="button" onClick={() => decide(c.id, 'copy')}>
                    {t('exchange.copy')}
                  </button>
                  <button type="button" className="button button-quiet" onClick={() => decide(c.id, 'skip')}>
                    {t('exchange.skip')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
      {exchange.messages.length > 0 && (
        <div
          className="exchange-messages"
          role="status"
          data-testid="exchange-messages"
          ref={messagesBox}
          tabIndex={-1}
        >
          <ul>
            {exchange.messages.map((m) => (
              <li key={m.id} className={m.kind === 'error' ? 'exchange-error' : undefined}>
                {render(m.text)}
              </li>
            ))}
          </ul>
          <button type="button" className="button button-quiet" onClick={() => exchange.clearMessages()}>
            {t('exchange.clear')}
          </button>
        </div>
      )}
    </>
  );
});

/** The same outcome as a box over any screen but the HR screen (which shows it in its panel). */
export const ExchangeNotices = observer(function ExchangeNotices() {
  const { exchange, ui } = useStores();
  const t = useT();
  if (ui.screen === 'hr' || (exchange.conflicts.length === 0 && exchange.messages.length === 0)) return null;
  return (
    <section className="exchange-notices panel" aria-label={t('exchange.title')} data-testid="exchange-notices">
      <ExchangeOutcome />
    </section>
  );
});
