import { observer } from 'mobx-react-lite';
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { gapKey, type OpenGap } from '../../shared/engine/index.js';
import type { CoverageReport, GapCandidate, GapSuggestion } from '../../shared/engine/types.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import { offerHours } from './suggestedHours.js';
import { assignCommand } from './assignmentCommands.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { STATUS_LABEL, shownStatus } from './RequirementList.js';
import { requirementName } from './requirementName.js';
import { classNames } from '../ui/classNames.js';

const FIRST_GAPS = 3;

interface Props {
  /** The gaps of the coverage on screen: always current. */
  gaps: readonly OpenGap[];
  /** Who closes which gap, computed after the frame from `plan` and `report` (which may lag the gaps). */
  suggestions: readonly GapSuggestion[];
  plan: TeamPlan;
  report: CoverageReport;
  /** The suggestions are still those of an earlier edit: shown dimmed, busy and not insertable. */
  updating: boolean;
}

/**
 * For each gap, the professionals who would close it, each insertable with one click.
 * The gaps themselves come from the coverage of the frame; the candidates follow right
 * after it. While they lag, they are marked as updating rather than shown as current.
 */
export const GapClosers = observer(function GapClosers({ gaps, suggestions, plan, report, updating }: Props) {
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
  const candidatesByGap = useMemo(
    () => new Map<string, readonly GapCandidate[]>(suggestions.map((s) => [gapKey(s), s.candidates])),
    [suggestions],
  );
  if (gaps.length === 0) return <p className="muted">{t('gaps.none')}</p>;
  // The first few gaps fit beside the board; the rest on request, so the panel stays calm.
  const shown = showAll ? gaps : gaps.slice(0, FIRST_GAPS);
  return (
    <>
      <ul className="gap-list" data-testid="gap-list" aria-busy={updating}>
        {shown.map(({ functionId, requirement }) => {
          const key = gapKey({ functionId, kind: requirement.kind, competency: requirement.competency });
          const fnName = names.fn.get(functionId) ?? '';
          const candidates = candidatesByGap.get(key);
          return (
            <li key={key} className="gap" data-kind={requirement.kind}>
              <p className="gap-title">
                <strong>{fnName}</strong>: {requirementName(requirement, catalogue, ui.lang, t)} ·{' '}
                {t(STATUS_LABEL[shownStatus(requirement)])}
              </p>
              {candidates === undefined ? (
                <p className="muted" data-testid="gap-updating">
                  {t('gaps.updating')}
                </p>
              ) : candidates.length === 0 ? (
                <p className={classNames('muted', updating && 'is-updating')}>{t('gaps.nobody')}</p>
              ) : (
                <ul className={classNames('candidates', updating && 'is-updating')}>
                  {candidates.map((c) => {
                    const name = names.person.get(c.professionalId) ?? '';
                    const hours = offerHours(c.hoursAvailable, report, functionId);
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
                          isDisabled={updating}
                          onPress={() => void root.execute(assignCommand(root, functionId, c.professionalId, hours))}
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
