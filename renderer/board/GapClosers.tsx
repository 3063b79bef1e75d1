import { observer } from 'mobx-react-lite';
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import type { CoverageReport, GapSuggestion } from '../../shared/engine/types.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import { offerHours } from './suggestedHours.js';
import { assignCommand } from './assignmentCommands.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { STATUS_LABEL } from './RequirementList.js';
import { requirementName } from './requirementName.js';

const FIRST_GAPS = 3;

interface Props {
  gaps: readonly GapSuggestion[];
  plan: TeamPlan;
  report: CoverageReport;
}

/**
 * For each gap, the professionals who would close it, each insertable with one click.
 * Names and hours come from the plan it is given (not from the store), so it renders in
 * the coverage panel's deferred pass and never delays the numbers of a drop.
 */
export const GapClosers = observer(function GapClosers({ gaps, plan, report }: Props) {
  const root = useStores();
  const { catalogue, ui } = root;
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  const names = useMemo(
    () => ({
      person: new Map(plan.professionals.map((p) => [p.id, p.name])),
      fn: new Map(plan.functions.map((f) => [f.id, catalogue.functionName(f, ui.lang)])),
    }),
    [plan, catalogue, ui.lang],
  );
  if (gaps.length === 0) return <p className="muted">{t('gaps.none')}</p>;
  // The first few gaps fit beside the board; the rest on request, so the panel stays calm.
  const shown = showAll ? gaps : gaps.slice(0, FIRST_GAPS);
  return (
    <>
      <ul className="gap-list" data-testid="gap-list">
        {shown.map((gap) => {
          const fnName = names.fn.get(gap.functionId) ?? '';
          return (
            <li key={`${gap.functionId}:${gap.kind}:${gap.competency}`} className="gap" data-kind={gap.kind}>
              <p className="gap-title">
                <strong>{fnName}</strong>: {requirementName(gap, catalogue, ui.lang, t)} · {t(STATUS_LABEL[gap.status])}
              </p>
              {gap.candidates.length === 0 ? (
                <p className="muted">{t('gaps.nobody')}</p>
              ) : (
                <ul className="candidates">
                  {gap.candidates.map((c) => {
                    const name = names.person.get(c.professionalId) ?? '';
                    const hours = offerHours(c.hoursAvailable, report, gap.functionId);
                    return (
                      <li key={c.professionalId} className="candidate">
                        <span>
                          {name}{' '}
                          <span className="muted">
                            {t('gaps.candidateFacts', { level: c.rating, hours: c.hoursAvailable })}
                          </span>
                        </span>
                        <Button
                          className="button button-small"
                          aria-label={t('gaps.insertLabel', { name, fn: fnName, hours })}
                          data-testid="gap-insert"
                          onPress={() =>
                            void root.execute(assignCommand(root, gap.functionId, c.professionalId, hours))
                          }
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
