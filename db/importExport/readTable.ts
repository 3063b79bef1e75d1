import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ApiFailure } from '../../shared/api/result.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { message } from '../../shared/i18n/message.js';

/**
 * A spreadsheet as rows of text cells, whatever it came as: CSV (papaparse; comma or
 * semicolon, as Dutch Excel writes it; UTF-8 or Windows-1252) or XLSX (exceljs, first
 * sheet). Row numbers are the ones the user sees in the spreadsheet (header = row 1).
 */

export interface Table {
  header: string[];
  rows: { row: number; cells: string[] }[];
}

const MAX_IMPORT_ROWS = 20_000;

const UNREADABLE = { csv: 'importFile.unreadableCsv', xlsx: 'importFile.unreadableXlsx' } as const satisfies Record<
  string,
  MessageKey
>;

function unreadable(format: keyof typeof UNREADABLE): ApiFailure {
  return new ApiFailure('validation', message(UNREADABLE[format]));
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

function toTable(matrix: { row: number; cells: string[] }[]): Table {
  const nonBlank = matrix.filter((r) => !isBlank(r.cells));
  const [head, ...rows] = nonBlank;
  if (!head) return { header: [], rows: [] };
  return { header: head.cells.map((c) => c.trim()), rows };
}

export function readCsv(bytes: Buffer): Table {
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw unreadable('csv');
  // The delimiter is guessed with blank lines left out: papaparse counts a blank line as a row
  // of one cell, so a few of them hid the semicolon and every line became one cell.
  const { delimiter } = Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [';', ',', '\t'],
    preview: 1,
  }).meta;
  // Blank lines are kept, so that the index of a record is its row in a spreadsheet program:
  // a record whose quoted cell spans several lines is still one row.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter });
  return toTable(parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => String(c ?? '')) })));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

async function readXlsx(bytes: Buffer): Promise<Table> {
  // Loaded on first use: exceljs is large and most starts of the planner never need it.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable('xlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable('xlsx');
  const matrix: { row: number; cells: string[] }[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(cellText(row.getCell(c).value));
    matrix.push({ row: rowNumber, cells });
  });
  return toTable(matrix);
}

export async function readTable(format: 'csv' | 'xlsx', base64: string): Promise<Table> {
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(base64)) {
    throw new ApiFailure('validation', message('importFile.notBase64'));
  }
  const bytes = Buffer.from(base64, 'base64');
  const table = format === 'csv' ? readCsv(bytes) : await readXlsx(bytes);
  if (table.rows.length > MAX_IMPORT_ROWS) {
    throw new ApiFailure(
      'validation',
      message('importFile.tooManyRows', { rows: table.rows.length, max: MAX_IMPORT_ROWS }),
    );
  }
  return table;
}
