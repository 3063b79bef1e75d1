import type { Lang } from '../../shared/domain/text.js';
import type { RequirementKind } from '../../shared/engine/types.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import type { MessageParams } from '../../shared/i18n/message.js';
import { expertiseName } from '../ui/catalogueNames.js';

interface CompetencyNames {
  competencyName(key: string, lang: Lang): string;
}

/**
 * The name of what a requirement row asks: a competency by its name, vakkennis by the
 * expertise's name marked as vakkennis, so the two never read alike in one list.
 */
export function requirementName(
  row: { kind: RequirementKind; competency: string },
  catalogue: CompetencyNames,
  lang: Lang,
  t: (key: MessageKey, params?: MessageParams) => string,
): string {
  return row.kind === 'expertise'
    ? t('vk.requirementName', { name: expertiseName(row.competency, lang) })
    : catalogue.competencyName(row.competency, lang);
}
