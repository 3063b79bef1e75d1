import { observer } from 'mobx-react-lite';
import { shownStatus, type ShownStatus } from '../../shared/engine/shownStatus.js';
import type { RequirementCoverage } from '../../shared/engine/types.js';
import { REQUIREMENT_STATUS_KEY } from '../../shared/i18n/vocabulary.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { requirementName } from './requirementName.js';

export const STATUS_LABEL: Record<ShownStatus, MessageKey> = REQUIREMENT_STATUS_KEY;

const STATUS_ICON: Record<ShownStatus, string> = { covered: '✓', thin: '!', partial: '◐', missing: '✕' };

/**
 * A function's requirements with their status: covered, thin (one person), partial,
 * missing. Vakkennis asked of the function's members is a row like a competency, named
 * as vakkennis.
 */
export const RequirementList = observer(function RequirementList({
  requirements,
  compact = false,
}: {
  requirements: readonly RequirementCoverage[];
  compact?: boolean;
}) {
  const { catalogue, ui } = useStores();
  const t = useT();
  return (
    <ul className={`requirements ${compact ? 'is-compact' : ''}`}>
      {requirements.map((r) => {
        const status = shownStatus(r);
        return (
          <li
            key={`${r.kind}:${r.competency}`}
            className={`req req-${status}`}
            data-status={status}
            data-kind={r.kind}
            data-competency={r.competency}
          >
            <span className="req-icon" aria-hidden="true">
              {STATUS_ICON[status]}
            </span>
            <span className="req-name">
              {t('req.line', { competency: requirementName(r, catalogue, ui.lang, t), level: r.level })}
              {r.minPeople > 1 && ` ${t('req.people', { count: r.minPeople })}`}
            </span>
            <span className="req-status">
              {t(STATUS_LABEL[status])}
              {!compact && ` · ${t('req.qualified', { qualified: r.qualified, needed: r.minPeople })}`}
            </span>
          </li>
        );
      })}
    </ul>
  );
});
