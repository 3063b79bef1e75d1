import { withSameName } from '../../shared/domain/sameName.js';
import { hasLetterOrDigit } from '../../shared/domain/nameRule.js';
import type { useT } from '../i18n/useT.js';

/**
 * Why a scenario cannot have this name, before the store is asked: the store's own rule
 * (`withSameName` among the team's scenarios, refused by scenarios.duplicate and
 * scenarios.rename with the same message), so the field says it while typing, as it says a
 * name without a letter or digit (shared/domain/nameRule.ts). An empty
 * field says nothing: its button is not available. Null: the name can be used.
 */
export function scenarioNameProblem(
  t: ReturnType<typeof useT>,
  name: string,
  scenarios: readonly { id: string; name: string }[],
  exceptId: string | null,
): string | null {
  if (!name.trim()) return null;
  if (!hasLetterOrDigit(name)) return t('validation.nameLetter');
  const other = withSameName(name, scenarios, exceptId);
  return other ? t('scenarioError.nameTaken', { name: other.name }) : null;
}
