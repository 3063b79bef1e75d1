import type { ImportRowError } from '../../../shared/api/entities.js';
import type { Lang } from '../../../shared/domain/text.js';
import { translator } from '../../../shared/i18n/translator.js';

/**
 * What is wrong in one row of an import, in the UI language. The store sends it as a
 * Message without the row and column (the error table shows those in their own cells);
 * this is the one place that turns it into words.
 */
export function rowErrorText(error: ImportRowError, lang: Lang): string {
  return translator(lang).render(error.text);
}

/**
 * The column of a row error: the file's own header as written, or, for a column the file
 * lacks, the template's name for it in the UI language ("Discipline", "Naam" / "Name").
 */
export function rowErrorColumn(error: ImportRowError, lang: Lang): string {
  return typeof error.column === 'string' ? error.column : translator(lang).render(error.column);
}
