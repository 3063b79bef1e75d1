import { DISCIPLINES } from '../../shared/catalogue/disciplines.js';
import { EXPERTISE } from '../../shared/catalogue/expertise.js';
import type { Lang } from '../../shared/domain/text.js';

const disciplineByKey = new Map(DISCIPLINES.map((d) => [d.key, d]));
const expertiseByKey = new Map(EXPERTISE.map((e) => [e.key, e]));

export function disciplineName(key: string, lang: Lang): string {
  return disciplineByKey.get(key)?.name[lang] ?? key;
}

export function expertiseName(key: string, lang: Lang): string {
  return expertiseByKey.get(key)?.name[lang] ?? key;
}
