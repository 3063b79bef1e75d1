import type { DevelopmentPlan } from '../../shared/api/developmentSchemas.js';
import { developmentTables } from '../../shared/development/planTable.js';
import type { Lang } from '../../shared/domain/text.js';
import { localToday } from '../../shared/domain/today.js';
import type { HrExportFile } from '../../shared/hr/apiSchemas.js';
import { translator } from '../../shared/i18n/translator.js';
import { writeXlsx } from './xlsxWriter.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A development plan as an XLSX workbook, with the HR lists' exceljs writer: a sheet of
 * steps (person, what, from, to, where they work, what it closes) and a sheet of notes
 * (summary, proof, rules, and that the plan is advice only), in the user's language.
 */
export async function exportDevelopmentPlan(plan: DevelopmentPlan, lang: Lang, now: Date): Promise<HrExportFile> {
  const bytes = await writeXlsx(developmentTables(plan, lang), now);
  const stem = translator(lang).t('development.file', { date: localToday(now) });
  return { fileName: `${stem}.xlsx`, mimeType: XLSX_MIME, dataBase64: bytes.toString('base64') };
}
