import type { Lang } from '../../shared/domain/text.js';
import { ApiFailure } from '../../shared/api/result.js';
import type { HrExportFile, HrExportRequest } from '../../shared/hr/apiSchemas.js';
import { buildHrOverview, hrTables, HR_LISTS, type HrInput } from '../../shared/hr/index.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { translator } from '../../shared/i18n/translator.js';
import { writeCsv } from './csvWriter.js';
import { writeXlsx } from './xlsxWriter.js';
import { message } from '../../shared/i18n/message.js';

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const;

const FILE_STEM_KEY: Record<HrExportRequest['list'], MessageKey> = {
  all: 'hrExport.file.all',
  teams: 'hrExport.file.teams',
  matrix: 'hrExport.file.matrix',
  overAllocated: 'hrExport.file.overAllocated',
  assessments: 'hrExport.file.assessments',
  singlePerson: 'hrExport.file.singlePerson',
  advice: 'hrExport.file.advice',
};

/**
 * The HR overview (computed by the same shared code as the screen) as an XLSX or CSV
 * file in the user's language (Dutch unless asked otherwise): column names, sheet names,
 * words and file name.
 */
export async function exportHr(
  input: HrInput,
  request: Omit<HrExportRequest, 'lang'> & { lang?: Lang },
  now: Date,
): Promise<HrExportFile> {
  const lang = request.lang ?? 'nl';
  if (request.format === 'csv' && request.list === 'all') {
    throw new ApiFailure('validation', message('hrExport.csvHoldsOneList'));
  }
  const overview = buildHrOverview(input, {
    today: request.today,
    assessmentMonths: request.assessmentMonths,
    includeScenarios: request.includeScenarios,
    filter: request.filter,
  });
  const tables = hrTables(overview, request.list === 'all' ? HR_LISTS : [request.list], lang);
  const fileName = `${translator(lang).t(FILE_STEM_KEY[request.list])}-${request.today}.${request.format}`;
  const data = request.format === 'xlsx' ? await writeXlsx(tables, now) : Buffer.from(writeCsv(tables[0]!), 'utf8');
  return { fileName, mimeType: MIME[request.format], dataBase64: data.toString('base64') };
}
