import { observer } from 'mobx-react-lite';
import { useMemo, useState } from 'react';
import { PlainButton } from '../ui/PlainButton.js';
import { gapKey, type OpenGap } from '../../shared/engine/index.js';
import type { CoverageReport, GapCandidate, GapSuggestion } from '../../shared/engine/types.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import { offerHours } from './suggestedHours.js';
import { CandidateRow } from './CandidateRow.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { shownStatus } from '../../shared/engine/shownStatus.js';
import { shownTeamCoverage } from '../../shared/engine/shownCoverage.js';
import { STATUS_LABEL } from './RequirementList.js';
import { requirementName } from './requirementName.js';

const FIRST_GAPS = 3;

interface Props {
  /** The gaps of the coverage on screen. */
  gaps: readonly OpenGap[];
  /** Who closes which gap: whoClosesGaps over the same `plan` and `report` as the gaps. */
  suggestions: readonly GapSuggestion[];
  plan: TeamPlan;
  report: CoverageReport;
}

/**
 * For each gap, the professionals who would close it: those with room for an assignment
 * first, each insertable with one click; those without, marked and asked for hours.
 * Gaps and candidates come from the same coverage, in the same render as the numbers.
 */
export const GapClosers = observer(function GapClosers({ gaps, suggestions, plan, report }: Props) {
  const { catalogue, ui } = useStores();
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  // Keyed on the plan's lists, which an assignment keeps: a drop does not rebuild 500 names.
  const { professionals, functions } = plan;
  const names = useMemo(
    () => ({
      person: new Map(professionals.map((p) => [p.id, p.name])),
      fn: new Map(functions.map((f) => [f.id, catalogue.functionName(f, ui.lang)])),
    }),
    [professionals, functions, catalogue, ui.lang],
  );
  const candidatesByGap = useMemo(
    () => new Map<string, readonly GapCandidate[]>(suggestions.map((s) => [gapKey(s), s.candidates])),
    [suggestions],
  );
  if (gaps.length === 0)
    return (
      <p className="muted" data-testid="gaps-none">
        {/* "Alle eisen zijn gedekt" is not true of a team that asks nothing yet. */}
        {t(shownTeamCoverage(report).kind === 'asked' ? 'gaps.none' : 'gaps.nothingAsked')}
      </p>
    );
  // The first few gaps fit beside the board; the rest on request, so the panel stays calm.
  const shown = showAll ? gaps : gaps.slice(0, FIRST_GAPS);
  return (
    <>
      <ul className="gap-list" data-testid="gap-list">
        {shown.map(({ functionId, requirement }) => {
          const key = gapKey({ functionId, kind: requirement.kind, competency: requirement.competency });
          const fnName = names.fn.get(functionId) ?? '';
          // Both lists hold the same gaps in the same order (a property test in tests/unit/engine).
          const candidates = candidatesByGap.get(key) ?? [];
          return (
            <li key={key} className="gap" data-kind={requirement.kind} data-gap={key}>
              <p className="gap-title">
                <strong>{fnName}</strong>: {requirementName(requirement, catalogue, ui.lang, t)} ·{' '}
                {t(STATUS_LABEL[shownStatus(requirement)])}
              </p>
              {candidates.length === 0 ? (
                <p className="muted">{t('gaps.nobody')}</p>
              ) : (
                <ul className="candidates">
                  {candidates.map((c) => (
                    <CandidateRow
                      key={c.professionalId}
                      functionId={functionId}
                      fnName={fnName}
                      professionalId={c.professionalId}
                      name={names.person.get(c.professionalId) ?? ''}
                      rating={c.rating}
                      hoursAvailable={c.hoursAvailable}
                      hasRoom={c.hasRoom}
                      hours={offerHours(c.hoursAvailable, report, functionId)}
                    />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {gaps.length > FIRST_GAPS && (
        <PlainButton className="button-link" onPress={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {showAll ? t('gaps.showFewer') : t('gaps.showAll', { count: gaps.length })}
        </PlainButton>
      )}
    </>
  );
});
