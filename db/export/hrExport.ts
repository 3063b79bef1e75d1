import { ApiFailure } from '../../shared/api/result.js';
import type { HrExportFile, HrExportRequest } from '../../shared/hr/apiSchemas.js';
import { buildHrOverview, hrTables, HR_LISTS, type HrInput } from '../../shared/hr/index.js';
import { writeCsv } from './csvWriter.js';
import { writeXlsx } from './xlsxWriter.js';
import { message } from '../../shared/i18n/message.js';

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const;

const FILE_STEMS: Record<HrExportRequest['list'], string> = {
  all: 'hr-overzicht',
  teams: 'hr-teams',
  matrix: 'hr-competentiematrix',
  overAllocated: 'hr-overbelast',
  assessments: 'hr-beoordelingen',
  singlePerson: 'hr-een-persoon',
  advice: 'hr-open-advies',
};

/** The HR overview (computed by the same shared code as the screen) as an XLSX or CSV file. */
export async function exportHr(input: HrInput, request: HrExportRequest, now: Date): Promise<HrExportFile> {
  if (request.format === 'csv' && request.list === 'all') {
    throw new ApiFailure('validation', message('exportError.csvHoldsOneList'));
  }
  const overview = buildHrOverview(input, {
    today: request.today,
    assessmentMonths: request.assessmentMonths,
    includeScenarios: request.includeScenarios,
    filter: request.filter,
  });
  const tables = hrTables(overview, request.list === 'all' ? HR_LISTS : [request.list]);
  const fileName = `${FILE_STEMS[request.list]}-${request.today}.${request.format}`;
  const data = request.format === 'xlsx' ? await writeXlsx(tables, now) : Buffer.from(writeCsv(tables[0]!), 'utf8');
  return { fileName, mimeType: MIME[request.format], dataBase64: data.toString('base64') };
}
