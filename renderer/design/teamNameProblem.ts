import { withSameName } from '../../shared/domain/sameName.js';
import { nameProblem } from '../../shared/domain/nameRule.js';
import type { TeamSummary } from '../../shared/api/entities.js';
import type { useT } from '../i18n/useT.js';

/**
 * Why a team cannot have this name, before the store is asked: the store's own rule
 * (`withSameName`, refused by teams.create and teams.update with the same message), so the
 * field says it while typing. Null: the name can be used.
 */
export function teamNameProblem(
  t: ReturnType<typeof useT>,
  name: string,
  teams: readonly TeamSummary[],
  exceptId: string | null,
): string | null {
  const problem = nameProblem(name);
  if (problem) return t(problem);
  const other = withSameName(name, teams, exceptId);
  return other ? t('teamError.nameTaken', { name: other.name }) : null;
}
