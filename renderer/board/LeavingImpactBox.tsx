import { observer } from 'mobx-react-lite';
import { percent } from '../i18n/translate.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { STATUS_LABEL } from './RequirementList.js';
import { requirementName } from './requirementName.js';
import type { RequirementKind } from '../../shared/engine/types.js';

/** What the team would lose without the member the user hovers or focuses. */
export const LeavingImpactBox = observer(function LeavingImpactBox() {
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
    <section className="callout leaving" aria-live="polite" data-testid="leaving-impact">
      <h3>{t('leaving.title', { name })}</h3>
      <p>
        {t('leaving.coverage', {
          before: percent(impact.teamCoverageBefore),
          after: percent(impact.teamCoverageAfter),
        })}
      </p>
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
