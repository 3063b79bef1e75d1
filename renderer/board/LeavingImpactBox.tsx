import { observer } from 'mobx-react-lite';
import { shownTeamCoverage } from '../../shared/engine/shownCoverage.js';
import { percent } from '../i18n/translate.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { STATUS_LABEL } from './RequirementList.js';
import { requirementName } from './requirementName.js';
import type { RequirementKind } from '../../shared/engine/types.js';

/**
 * What the team would lose without the member the user hovers or focuses. The live region
 * is always there, empty while no member is pointed at: many screen readers say nothing
 * of a region that arrives already filled, only of a change inside one they know. It is
 * read as a whole (`aria-atomic`) when another member's text comes in; the member's own
 * buttons keep the same member (MemberChip), so tabbing through them says it once.
 */
export const LeavingImpactBox = observer(function LeavingImpactBox() {
  return (
    <div aria-live="polite" aria-atomic="true" data-testid="leaving-impact-region">
      <LeavingImpactText />
    </div>
  );
});

const LeavingImpactText = observer(function LeavingImpactText() {
  const { plan, catalogue, ui } = useStores();
  const t = useT();
  const impact = plan.leavingImpact;
  if (!impact) return null;
  const name = plan.professionalById.get(impact.professionalId)?.name ?? '';
  const fnName = (id: string) => {
    const fn = plan.functionById.get(id);
    return fn ? catalogue.functionName(fn, ui.lang) : '';
  };
  const comp = (row: { kind: RequirementKind; competency: string }) => requirementName(row, catalogue, ui.lang, t);
  return (
    <section className="callout leaving" data-testid="leaving-impact">
      <h3>{t('leaving.title', { name })}</h3>
      {/* A team that asks nothing has no coverage to lose: "van 100% naar 100%" would mislead. */}
      {plan.report && shownTeamCoverage(plan.report).kind === 'asked' && (
        <p>
          {t('leaving.coverage', {
            before: percent(impact.teamCoverageBefore),
            after: percent(impact.teamCoverageAfter),
          })}
        </p>
      )}
      {impact.lost.length === 0 && impact.becomeThin.length === 0 ? (
        <p>{t('leaving.nothing', { name })}</p>
      ) : (
        <ul>
          {impact.lost.map((l) => (
            <li key={`${l.functionId}:${l.kind}:${l.competency}`}>
              {t('leaving.lost', {
                fn: fnName(l.functionId),
                competency: comp(l),
                status: t(STATUS_LABEL[l.to]),
              })}
            </li>
          ))}
          {impact.becomeThin.map((l) => (
            <li key={`thin:${l.functionId}:${l.kind}:${l.competency}`}>
              {t('leaving.thin', { fn: fnName(l.functionId), competency: comp(l) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
