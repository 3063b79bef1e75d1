import { observer } from 'mobx-react-lite';
import type { ExpertiseCoverage } from '../../shared/engine/types.js';
import { EXPERTISE_STATUS_KEY } from '../../shared/i18n/vocabulary.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { expertiseName } from '../ui/catalogueNames.js';
import { teamExpertiseShort } from './teamExpertiseNote.js';

const LABEL: Record<ExpertiseCoverage['status'], MessageKey> = {
  team: EXPERTISE_STATUS_KEY.team,
  shell: EXPERTISE_STATUS_KEY.shell,
  missing: EXPERTISE_STATUS_KEY.missing,
};

/**
 * Which specialist knowledge sits in the team, only in the shell, or is missing; where an
 * in-team function asks for a level, how many members hold it at that level against the
 * people asked for (at least one).
 */
export const ExpertiseList = observer(function ExpertiseList({
  expertise,
}: {
  expertise: readonly ExpertiseCoverage[];
}) {
  const { ui } = useStores();
  const t = useT();
  if (expertise.length === 0) return <p className="muted">{t('expertise.none')}</p>;
  return (
    <>
      <ul className="expertise-list" data-testid="expertise-list">
        {expertise.map((e) => (
          <li key={e.key} className={`expertise expertise-${e.status}`} data-status={e.status}>
            <span>{expertiseName(e.key, ui.lang)}</span>
            {e.requiredLevel !== null && (
              <span className="muted" data-testid="expertise-level">
                {t('vk.peopleAtLevel', {
                  held: e.holders.length,
                  needed: Math.max(1, e.requiredPeople),
                  level: e.requiredLevel,
                })}
              </span>
            )}
            <span className="tag">{t(LABEL[e.status])}</span>
          </li>
        ))}
      </ul>
      {teamExpertiseShort(expertise) && (
        <p className="muted" data-testid="expertise-not-counted">
          {t('coverage.teamExpertiseNotCounted')}
        </p>
      )}
    </>
  );
});
