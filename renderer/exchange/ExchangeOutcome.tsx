import { observer } from 'mobx-react-lite';
import { useRef, useState } from 'react';
import { useT, useTranslator } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { useFocusRequest } from '../app/focusRequest.js';
import { ShowMore } from '../ui/ShowMore.js';
import { BulkChoices, ExchangeProgressLine } from './BulkChoices.js';
import type { ConflictChoice } from './ExchangeStore.js';

/** Conflicts listed one by one before "Toon nog": a region's file brings hundreds. */
const CONFLICTS_SHOWN = 10;

/**
 * What an import left to decide (teams that already exist) and what happened. Shown in
 * the exchange panel, and by ExchangeNotices wherever else the user is (an import from
 * the desktop menu can start on any screen).
 */
export const ExchangeOutcome = observer(function ExchangeOutcome() {
  const { exchange, ui } = useStores();
  const { t, render } = useTranslator();
  const [shown, setShown] = useState(CONFLICTS_SHOWN);
  // Read in every render (not only in the effect, which MobX does not track), so the end of
  // the work renders again and the focus request below can be answered.
  const replacing = exchange.progress?.work === 'replace';
  // After a decided conflict: the next one, or the message that says what happened. After a
  // choice for all: nothing while it runs (the focus stays on its button), then the summary.
  const conflictsBox = useRef<HTMLDivElement>(null);
  const messagesBox = useRef<HTMLDivElement>(null);
  useFocusRequest((target) => {
    if (target.kind !== 'exchange' || replacing) return null;
    if (exchange.conflicts.length > 0) {
      const box = conflictsBox.current;
      return (
        box?.querySelector<HTMLElement>('[data-testid="exchange-conflict"] button') ?? box?.querySelector('button')
      );
    }
    return exchange.messages.some((m) => m.id > target.afterMessageId) ? messagesBox.current : null;
  });
  const askFocusAfter = () => ui.requestFocus({ kind: 'exchange', afterMessageId: exchange.lastMessageId });
  const decide = (id: number, choice: ConflictChoice) => {
    askFocusAfter();
    void exchange.resolve(id, choice);
  };
  const conflicts = exchange.conflicts;
  return (
    <>
      {conflicts.length > 0 && (
        <div className="exchange-conflicts" role="alert" data-testid="exchange-conflicts" ref={conflictsBox}>
          <h3>{t('exchange.conflictTitle', { count: conflicts.length })}</h3>
          {conflicts.length > 1 && <BulkChoices onDecide={askFocusAfter} />}
          {replacing && <ExchangeProgressLine />}
          <ul>
            {conflicts.slice(0, shown).map((c) => (
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
          {conflicts.length > shown && (
            <ShowMore
              note={t('exchange.capped', { shown, count: conflicts.length })}
              label={t('exchange.showMore', { count: conflicts.length - shown })}
              onMore={() => setShown((n) => n + CONFLICTS_SHOWN * 10)}
              testId="exchange-conflicts"
            />
          )}
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

/**
 * The same outcome as a box over any screen but the HR screen (which shows it in its
 * panel). With more than one open conflict only their count and a way to the panel, so
 * the box stays small over the screen; "Verbergen" hides it until something new comes,
 * and the questions stay open in the panel.
 */
export const ExchangeNotices = observer(function ExchangeNotices() {
  const { exchange, ui } = useStores();
  const t = useT();
  if (ui.screen === 'hr' || !exchange.hasNotices) return null;
  const count = exchange.conflicts.length;
  const toPanel = () => {
    ui.requestFocus({ kind: 'exchange', afterMessageId: exchange.lastMessageId });
    ui.show('hr');
  };
  const hide = (
    <button type="button" className="button button-quiet" onClick={() => exchange.hideNotices()}>
      {t('exchange.hideNotices')}
    </button>
  );
  if (count > 1) {
    return (
      <section
        className="exchange-notices exchange-notices-compact panel"
        aria-label={t('exchange.title')}
        data-testid="exchange-notices"
      >
        <div role="alert" data-testid="exchange-waiting">
          <p>{t('exchange.waiting', { count })}</p>
        </div>
        <div className="exchange-choices">
          <button type="button" className="button button-primary" onClick={toPanel}>
            {t('exchange.goToPanel')}
          </button>
          {hide}
        </div>
      </section>
    );
  }
  return (
    <section className="exchange-notices panel" aria-label={t('exchange.title')} data-testid="exchange-notices">
      <ExchangeOutcome />
      <div className="exchange-hide">{hide}</div>
    </section>
  );
});
