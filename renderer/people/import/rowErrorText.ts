import type { ImportRowError } from '../../../shared/api/entities.js';
import type { Lang } from '../../../shared/domain/text.js';

/**
 * What is wrong in one row of an import, in the UI language, without the row and column
 * (the error table shows those in their own cells). The one place that knows the shape of
 * a row error: when the store sends a Message instead of two sentences, only this changes.
 */
export function rowErrorText(error: ImportRowError, lang: Lang): string {
  const text = lang === 'nl' ? error.message : error.messageEn;
  // The store still starts each sentence with `rij 7, kolom "x": ` (row 7, column "x").
  return text.replace(/^(?:rij|row) \d+, (?:kolom|column) ".*?": /, '');
}
