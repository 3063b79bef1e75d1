import { observer } from 'mobx-react-lite';
import { memo } from 'react';
import { adviceAbout } from '../../shared/engine/index.js';
import type { Advice } from '../../shared/engine/types.js';
import { SEVERITY_KEY } from '../../shared/i18n/vocabulary.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { useT } from '../i18n/useT.js';

const SEVERITY: Record<Advice['severity'], MessageKey> = SEVERITY_KEY;

/** Design advice from the engine's rules (model risks, missing expertise, thin coverage, ...). */
export const AdviceList = observer(function AdviceList({ advice }: { advice: readonly Advice[] }) {
  const t = useT();
  if (advice.length === 0) return <p className="muted">{t('advice.none')}</p>;
  return (
    <ul className="advice-list" data-testid="advice-list">
      {advice.map((a, i) => (
        // One rule may say several things about the same subject (a team), so the position keeps keys unique.
        <li key={`${a.rule}:${a.subject?.id ?? ''}:${i}`} className={`advice advice-${a.severity}`}>
          <span className="tag">{t(SEVERITY[a.severity])}</span> {t(a.message.key, a.message.params)}
          <AdviceSource ruleId={a.rule} />
        </li>
      ))}
    </ul>
  );
});

/**
 * Why the planner says this and where it comes from, folded away so the list stays short;
 * a native disclosure, so keyboard and screen readers reach it. Memoised by rule: a drop
 * renews the advice list, but a rule's source text stays the same.
 */
const AdviceSource = memo(function AdviceSource({ ruleId }: { ruleId: string }) {
  const t = useT();
  const about = adviceAbout(ruleId);
  if (!about) return null;
  return (
    <details className="advice-about">
      <summary>{t('advice.about')}</summary>
      {t(about.key, about.params)}
    </details>
  );
});
