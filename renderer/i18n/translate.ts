import type { Lang } from '../../shared/domain/text.js';
import { formatNumber as formatInLang } from '../../shared/i18n/translator.js';

/** A number as the language writes it (1,5 / 1.5); the print view still imports it from here. */
export function formatNumber(lang: Lang, value: number): string {
  return formatInLang(lang, value);
}

/** A share 0..1 as a whole percentage, for texts like "{percent}%". */
export function percent(value: number): number {
  return Math.round(value * 100);
}
