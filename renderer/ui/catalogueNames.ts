import { EXPERTISE } from '../../shared/catalogue/expertise.js';
import type { Lang } from '../../shared/domain/text.js';

const expertiseByKey = new Map(EXPERTISE.map((e) => [e.key, e]));

export function expertiseName(key: string, lang: Lang): string {
  return expertiseByKey.get(key)?.name[lang] ?? key;
}
