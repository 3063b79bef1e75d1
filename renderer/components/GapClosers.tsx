import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { suggestedHours } from '../board/suggestedHours.js';
import { assignCommand } from '../commands/assignmentCommands.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../stores/StoreContext.js';
import { STATUS_LABEL } from './RequirementList.js';

const FIRST_GAPS = 3;

/** For each gap, the professionals who would close it, each insertable with one click. */
export const GapClosers = observer(function GapClosers() {
  const root = useStores();
  const { plan, catalogue, ui } = root;
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  const gaps = plan.suggestions;
  if (gaps.length === 0) return <p className="muted">{t('gaps.none')}</p>;
  // The first few gaps fit beside the board; the rest on request, so the panel stays calm.
  const shown = showAll ? gaps : gaps.slice(0, FIRST_GAPS);
  return (
    <>
    <ul className="gap-list" data-testid="gap-list">
      {shown.map((gap) => {
        const fn = plan.functionById.get(gap.functionId);
        return (
          <li key={`${gap.functionId}:${gap.competency}`} className="gap">
            <p className="gap-title">
              <strong>{fn?.name}</strong>: {catalogue.competencyName(gap.competency, ui.lang)} · {t(STATUS_LABEL[gap.status])}
            </p>
            {gap.candidates.length === 0 ? (
              <p className="muted">{t('gaps.nobody')}</p>
            ) : (
              <ul className="candidates">
                {gap.candidates.map((c) => {
                  const person = plan.professionalById.get(c.professionalId);
                  if (!person || !fn) return null;
                  const hours = suggestedHours(plan, c.professionalId, gap.functionId);
                  return (
                    <li key={c.professionalId} className="candidate">
                      <span>
                        {person.name}{' '}
                        <span className="muted">{t('gaps.candidateFacts', { level: c.rating, hours: c.hoursAvailable })}</span>
                      </span>
                      <Button
                        className="button button-small"
                        aria-label={t('gaps.insertLabel', { name: person.name, fn: fn.name, hours })}
                        data-testid="gap-insert"
                        onPress={() => void root.execute(assignCommand(root, gap.functionId, c.professionalId, hours))}
                      >
                        {t('gaps.insert')}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
    {gaps.length > FIRST_GAPS && (
      <Button className="button-link" onPress={() => setShowAll(!showAll)} aria-expanded={showAll}>
        {showAll ? t('gaps.showFewer') : t('gaps.showAll', { count: gaps.length })}
      </Button>
    )}
    </>
  );
});
