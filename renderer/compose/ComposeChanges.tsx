import { useEffect, useRef, useState } from 'react';
import { message } from '../../shared/i18n/message.js';
import { useTranslator } from '../i18n/useT.js';
import { memberShiftMessage } from '../scenarios/memberShiftMessage.js';
import type { FunctionChanges } from '../scenarios/scenarioChanges.js';
import { ShowMore } from '../ui/ShowMore.js';

/** The first lines shown: enough to judge a composition that adds a few people, short enough to see the buttons. */
const CHANGES_SHOWN = 8;

/**
 * Who the composition adds, takes out or gives other hours, function by function, before
 * it is opened: one line per person and function, in the scenario comparison's words
 * ("Casusregie: Sevda Yilmaz komt erbij, 24 uur"). What that does to each requirement is
 * left to the comparison that opens with the scenario; here the figures above say it.
 */
export function ComposeChanges({ changes }: { changes: readonly FunctionChanges[] }) {
  const { t, render } = useTranslator();
  const [all, setAll] = useState(false);
  const firstMore = useRef<HTMLLIElement>(null);
  // "Toon nog" disappears when pressed: the focus goes on to the first line it added, not to the page.
  useEffect(() => {
    if (all) firstMore.current?.focus();
  }, [all]);
  // Two functions may share a name (matched k-th to k-th): the function's place keeps the keys apart.
  const lines = changes.flatMap((c, f) =>
    c.members.map((m) => ({ key: `${f}:${m.name}`, text: { function: c.functionName, m } })),
  );
  if (lines.length === 0) return null;
  const shown = all ? lines : lines.slice(0, CHANGES_SHOWN);
  return (
    <section aria-labelledby="compose-changes-title" className="compose-change-list" data-testid="compose-changes">
      <h3 id="compose-changes-title">{t('composeUi.changes.title')}</h3>
      <ul>
        {shown.map((line, i) => (
          <li
            key={line.key}
            ref={i === CHANGES_SHOWN ? firstMore : undefined}
            tabIndex={i === CHANGES_SHOWN ? -1 : undefined}
          >
            {render(
              message('composeUi.changes.line', {
                function: line.text.function,
                change: memberShiftMessage(line.text.m),
              }),
            )}
          </li>
        ))}
      </ul>
      {shown.length < lines.length && (
        <ShowMore
          note={t('composeUi.changes.capped', { shown: shown.length, count: lines.length })}
          label={t('composeUi.changes.showMore', { count: lines.length - shown.length })}
          onMore={() => setAll(true)}
          testId="compose-changes"
        />
      )}
    </section>
  );
}
