import { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Style } from 'exceljs';
import type { GapSeverity, HrTable } from '../../shared/hr/index.js';
import {
  formatCalendarDay,
  spreadsheetDate,
  spreadsheetDayFormat,
  type SpreadsheetDay,
} from '../../shared/i18n/dateText.js';

/**
 * HR tables as one XLSX workbook (exceljs), a sheet per table: bold header row frozen
 * with an autofilter, sensible column widths, and matrix cells filled by gap severity.
 * The cell text says the severity in words too, so a black-and-white printout or a
 * colour-blind reader loses nothing.
 *
 * Written with exceljs's streaming writer: each row goes into the sheet's XML as it is
 * added and the zip is deflated by Node's zlib on the way, instead of exceljs building a
 * model of every cell and styling, serialising and zipping it (in JavaScript) in one
 * long stretch at the end. Rows are written in steps with the event loop free between
 * them, so the store keeps answering the screen while a workbook of a thousand teams is
 * made.
 */

/** Fills (ARGB) per severity: strong to light, readable in greyscale. */
const FILLS: Record<GapSeverity, string | null> = {
  missing: 'FFE8A39B',
  partial: 'FFF3D08A',
  thin: 'FFFBEBC2',
  covered: 'FFCFE8D4',
  inShell: null,
  notRequired: null,
};

const MAX_WIDTH = 60;

/** Rows written per step before other requests get their turn. */
const ROWS_PER_STEP = 200;

/**
 * Deflate level of the zip: zlib's default, as the old in-memory writer had. Level 1 made
 * the 1,000-team workbook 1.81 MB instead of 1.40 MB and was no faster, since zlib
 * deflates beside the main thread ("XLSX at scale" in docs/hr-and-print.md).
 */
const DEFLATE_LEVEL = 6;

/** What a sheet needs: an HR list or any other table of words and numbers (the area view's). */
type SheetTable = Pick<HrTable, 'title' | 'columns'> & {
  rows: readonly (readonly SheetValue[])[];
  severities?: HrTable['severities'];
};

type SheetValue = string | number | SpreadsheetDay | null;

const isDay = (value: SheetValue): value is SpreadsheetDay => typeof value === 'object' && value !== null;

/** A calendar day as a date cell with its number format; anything else as it is. */
function cellValue(value: SheetValue): { value: string | number | Date | null; numFmt: string | null } {
  if (!isDay(value)) return { value, numFmt: null };
  const date = spreadsheetDate(value.isoDay);
  return date ? { value: date, numFmt: spreadsheetDayFormat(value.lang) } : { value: value.isoDay, numFmt: null };
}

/** Told how many rows (of all tables) have been written so far. */
type RowsWritten = (rows: number) => void;

export async function writeXlsx(
  tables: readonly SheetTable[],
  createdAt: Date,
  rowsWritten: RowsWritten = () => undefined,
): Promise<Buffer> {
  // Loaded on first use: exceljs is large and most starts of the planner never export.
  const { default: excel } = await import('exceljs');
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new excel.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    // Team names, scenario and status words repeat thousands of times: stored once each.
    useSharedStrings: true,
    zip: { zlib: { level: DEFLATE_LEVEL } },
  });
  workbook.creator = 'Wijkteamplanner';
  workbook.created = createdAt;
  const styles = sharedStyles();
  let written = 0;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, table.columns.length) } };
    // The widths go into the sheet before its first row, so they are measured first.
    columnWidths(table).forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    const header = sheet.addRow(table.columns);
    header.font = { bold: true };
    header.commit();
    for (let r = 0; r < table.rows.length; r += 1) {
      const cells = table.rows[r]!.map(cellValue);
      const row = sheet.addRow(cells.map((c) => c.value));
      const severities = table.severities?.[r];
      // Not in exceljs's types, but a row's style is what its model hands the styles part.
      (row as unknown as { style: Partial<Style> }).style = styles.row;
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const severity = severities?.[c - 1];
        cell.style = styles.cell(cell.type, severity ? FILLS[severity] : null, cells[c - 1]?.numFmt ?? null);
      });
      row.commit();
      written += 1;
      if (written % ROWS_PER_STEP === 0) {
        rowsWritten(written);
        await nextTurn();
      }
    }
    sheet.commit();
    rowsWritten(written);
  }
  await workbook.commit();
  return Buffer.concat(chunks);
}

/**
 * One style object per kind of cell (its value type and fill) for all data rows. exceljs
 * remembers the style id of a style object it has seen; a fresh object per cell (what
 * setting a cell's fill makes) had it serialise and look up every cell's style, a third
 * of the writing. The same content gives the same style id, so the file is unchanged.
 * Frozen: exceljs never changes a style it writes, and nothing here may either.
 */
function sharedStyles() {
  const byKind = new Map<string, Partial<Style>>();
  return {
    row: Object.freeze({}) as Partial<Style>,
    cell(valueType: number, argb: string | null, numFmt: string | null): Partial<Style> {
      const kind = `${valueType}:${argb ?? ''}:${numFmt ?? ''}`;
      let style = byKind.get(kind);
      if (style === undefined) {
        style = Object.freeze({
          ...(argb ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } } : {}),
          ...(numFmt ? { numFmt } : {}),
        }) as Partial<Style>;
        byKind.set(kind, style);
      }
      return style;
    },
  };
}

/** Each column as wide as its longest text (header included), at most MAX_WIDTH. */
function columnWidths(table: SheetTable): number[] {
  return table.columns.map((header, i) => {
    let width = header.length;
    for (const row of table.rows) width = Math.max(width, shownText(row[i] ?? null).length);
    return Math.min(MAX_WIDTH, width + 2);
  });
}

/** What a cell shows, for its column's width: a calendar day the long way. */
function shownText(value: SheetValue): string {
  return isDay(value) ? formatCalendarDay(value.lang, value.isoDay) : String(value ?? '');
}
