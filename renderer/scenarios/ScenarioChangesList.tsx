import { REQUIREMENT_STATUS_KEY } from '../../shared/i18n/vocabulary.js';
import { useStores } from '../app/StoreContext.js';
import { requirementName } from '../board/requirementName.js';
import { useTranslator } from '../i18n/useT.js';
import { memberShiftMessage } from './memberShiftMessage.js';
import type { FunctionChanges, RequirementShift } from './scenarioChanges.js';

interface Props {
  left: string;
  right: string;
  changes: readonly FunctionChanges[];
}

/** Below the two columns: per function who changed from left to right, and what that did to its requirements. */
export function ScenarioChangesList({ left, right, changes }: Props) {
  const { catalogue } = useStores();
  const { t, render, lang } = useTranslator();
  const requirementText = (r: RequirementShift) => {
    const params = { requirement: requirementName(r, catalogue, lang, t), level: r.level };
    if (r.before === null)
      return t('changes.requirementNew', { ...params, after: t(REQUIREMENT_STATUS_KEY[r.after!]) });
    if (r.after === null)
      return t('changes.requirementGone', { ...params, before: t(REQUIREMENT_STATUS_KEY[r.before]) });
    return t('changes.requirement', {
      ...params,
      before: t(REQUIREMENT_STATUS_KEY[r.before]),
      after: t(REQUIREMENT_STATUS_KEY[r.after]),
    });
  };
  const title = (c: FunctionChanges) =>
    c.presence === 'both'
      ? c.functionName[lang]
      : t('changes.functionOnlyIn', { function: c.functionName, scenario: c.presence === 'onlyLeft' ? left : right });
  return (
    <section aria-labelledby="changes-title" className="compare-changes panel" data-testid="compare-changes">
      <h3 id="changes-title">{t('changes.title', { left, right })}</h3>
      {changes.length === 0 ? (
        <p className="muted">{t('changes.none')}</p>
      ) : (
        <>
          <p className="muted">{t('changes.intro')}</p>
          <div className="compare-change-grid">
            {changes.map((c, i) => (
              <article
                key={`${c.functionName.nl}:${i}`}
                className="compare-change"
                data-function={c.functionName[lang]}
              >
                <h4>{title(c)}</h4>
                {c.members.length > 0 && (
                  <>
                    <h5>{t('changes.people')}</h5>
                    <ul data-testid="change-people">
                      {c.members.map((m) => (
                        <li key={m.name}>{render(memberShiftMessage(m))}</li>
                      ))}
                    </ul>
                  </>
                )}
                {c.requirements.length > 0 && (
                  <>
                    <h5>{t('changes.requirements')}</h5>
                    <ul data-testid="change-requirements">
                      {c.requirements.map((r) => (
                        <li key={`${r.kind}:${r.competency}:${r.level}`}>{requirementText(r)}</li>
                      ))}
                    </ul>
                  </>
                )}
              </article>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
