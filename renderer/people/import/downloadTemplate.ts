import type { CompetencyDto } from '../../../shared/api/entities.js';
import { importTemplateCsv } from '../../../shared/people/importTemplate.js';
import { downloadBlob } from '../../exchange/saveFile.js';
import { localToday } from '../../../shared/domain/today.js';
import type { Translator } from '../../../shared/i18n/translator.js';

/** Hands the user the import template (CSV, the importer's own columns, one example row) as a download. */
export function downloadImportTemplate(competencies: readonly CompetencyDto[], { lang, t }: Translator): void {
  const csv = importTemplateCsv(competencies, lang, localToday());
  downloadBlob(t('people.template.fileName'), new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}
