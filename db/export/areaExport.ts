import { areaTables, buildAreaView, cellValue } from '../../shared/area/index.js';
import type { Lang } from '../../shared/domain/text.js';
import { localToday } from '../../shared/domain/today.js';
import type { HrExportFile } from '../../shared/hr/apiSchemas.js';
import type { HrInput } from '../../shared/hr/index.js';
import { translator } from '../../shared/i18n/translator.js';
import { writeXlsx } from './xlsxWriter.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The area view as an XLSX workbook: the same tables the area screen and its printout
 * show (shared/area/areaTables.ts), written by the same exceljs writer as the HR lists,
 * in the user's language.
 */
export async function exportArea(input: HrInput, area: string, lang: Lang, now: Date): Promise<HrExportFile> {
  const view = buildAreaView(input, area);
  const tables = areaTables(view, lang, input.competencies);
  // A sheet is named by the table's short sheet name; its heading on screen is longer.
  const bytes = await writeXlsx(
    tables.map((table) => ({ ...table, title: table.sheet, rows: table.rows.map((row) => row.map(cellValue)) })),
    now,
  );
  const stem = translator(lang).t('area.file', { area: fileSafe(view.area), date: localToday(now) });
  return { fileName: `${stem}.xlsx`, mimeType: XLSX_MIME, dataBase64: bytes.toString('base64') };
}

/** An area name as part of a file name: letters, digits and hyphens. */
function fileSafe(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || '-'
  );
}
