import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Lang } from '../../shared/domain/text.js';
import { datedFileName } from '../../shared/domain/today.js';
import { ApiFailure } from '../../shared/api/result.js';
import type { HrExportFile, HrExportRequest } from '../../shared/hr/apiSchemas.js';
import {
  hrTables,
  HR_LISTS,
  overviewFromAnalyses,
  type HrList,
  type HrOverview,
  type HrTable,
} from '../../shared/hr/index.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { translator } from '../../shared/i18n/translator.js';
import { memoTranslator } from '../../shared/hr/memoTranslator.js';
import { writeCsv } from './csvWriter.js';
import type { HrData } from './hrAnalyses.js';
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

type ExportRequest = Omit<HrExportRequest, 'lang'> & { lang?: Lang };

/** How far an export is, in rows of the lists; the file itself counts as a last share. */
type ExportProgress = (done: number, total: number) => void;

/**
 * Rows worded per step before the export lets the event loop run: the store process also
 * answers the screen (and its progress polls) while a large workbook is made.
 */
const ROWS_PER_STEP = 100;

/** Which part of the overview a list's rows come from, so a list can be worded in steps. */
const SOURCE: Record<HrList, 'rows' | 'overAllocated' | 'assessments' | 'singlePerson' | 'advice'> = {
  teams: 'rows',
  matrix: 'rows',
  overAllocated: 'overAllocated',
  assessments: 'assessments',
  singlePerson: 'singlePerson',
  advice: 'advice',
};

/**
 * The HR overview (computed by the same shared code as the screen, from the analyses the
 * store keeps) as an XLSX or CSV file in the user's language (Dutch unless asked
 * otherwise): column names, sheet names, words and file name; reporting its progress.
 */
export async function writeHrExport(
  { input, analyses }: HrData,
  request: ExportRequest,
  now: Date,
  progress: ExportProgress = () => undefined,
): Promise<HrExportFile> {
  const lang = request.lang ?? 'nl';
  if (request.format === 'csv' && request.list === 'all') {
    throw new ApiFailure('validation', message('hrExport.csvHoldsOneList'));
  }
  const overview = overviewFromAnalyses(input, analyses, {
    today: request.today,
    assessmentMonths: request.assessmentMonths,
    includeScenarios: request.includeScenarios,
    filter: request.filter,
  });
  const lists: readonly HrList[] = request.list === 'all' ? HR_LISTS : [request.list];
  const rows = lists.reduce((sum, list) => sum + overview[SOURCE[list]].length, 0);
  // Wording the rows and writing them into the workbook take about as long each; closing
  // the zip is a last, small share.
  const total = request.format === 'xlsx' ? rows * 2 + Math.ceil(rows / 10) : rows;
  // One translator for every step: it learns each message shape once per export.
  const words = memoTranslator(translator(lang));
  let done = 0;
  const tables: HrTable[] = [];
  for (const list of lists) {
    const parts: HrTable[] = [];
    const source = overview[SOURCE[list]];
    for (let start = 0; start === 0 || start < source.length; start += ROWS_PER_STEP) {
      const slice: HrOverview = { ...overview, [SOURCE[list]]: source.slice(start, start + ROWS_PER_STEP) };
      parts.push(hrTables(slice, [list], lang, words)[0]!);
      done += Math.min(ROWS_PER_STEP, source.length - start);
      progress(done, total);
      await nextTurn();
    }
    tables.push(joinParts(parts));
  }
  const fileName = datedFileName(words.t(FILE_STEM_KEY[request.list]), request.today, request.format);
  const data =
    request.format === 'xlsx'
      ? await writeXlsx(tables, now, (written) => progress(rows + written, total))
      : Buffer.from(writeCsv(tables[0]!), 'utf8');
  progress(total, total);
  return { fileName, mimeType: MIME[request.format], dataBase64: data.toString('base64') };
}

/** One table from the tables of consecutive slices of its rows. */
function joinParts(parts: HrTable[]): HrTable {
  const first = parts[0]!;
  return {
    ...first,
    rows: parts.flatMap((p) => p.rows),
    severities: first.severities === null ? null : parts.flatMap((p) => p.severities ?? []),
  };
}
