import { disciplineName } from '../../shared/catalogue/disciplines.js';
import type { Professional } from '../../shared/domain/schemas.js';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';

/**
 * The warning before a second person of the same name is added or named: two people can
 * share a name, so the planner does not refuse, but it says who is already there (their
 * discipline and organisation), so a double entry by mistake is caught.
 */
export function useSamePersonWarning(): (
  other: Professional,
  key: 'professionals.sameName' | 'professionals.sameNameRename',
) => string {
  const t = useT();
  const { ui } = useStores();
  return (other, key) => {
    const discipline = disciplineName(other.discipline, ui.lang);
    const organisation = other.organisation.trim();
    const who = organisation ? t('professionals.whoAt', { discipline, organisation }) : discipline;
    return t(key, { name: other.name, who });
  };
}
