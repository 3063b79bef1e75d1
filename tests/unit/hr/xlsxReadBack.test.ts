import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../db/export/xlsxWriter.js';
import type { Lang } from '../../../shared/domain/text.js';
import { buildHrOverview, EMPTY_HR_FILTER, HR_LISTS, hrTables, type HrTable } from '../../../shared/hr/index.js';
import { formatCalendarDay, spreadsheetDate, spreadsheetDayFormat } from '../../../shared/i18n/dateText.js';
import { importSyntheticTeams } from './importSyntheticTeams.js';
import { openTestStore, type TestStore } from '../../integration/db/helpers.js';
import { sheetsAsCsv } from '../../e2e/support/libreOffice.js';

/**
 * The streamed HR workbook read back by two programs that did not write it: exceljs's
 * reader and LibreOffice (its CSV of every sheet). Each must find exactly the tables the
 * HR overview gives (the same source as before the streaming writer): every sheet and
 * its name, the header row (bold, frozen, with an autofilter), every value (numbers as
 * numbers), the column widths, and the severity fill of every matrix cell, in Dutch and
 * in English.
 */
const TODAY = '2026-11-23';
const FILLS = { missing: 'FFE8A39B', partial: 'FFF3D08A', thin: 'FFFBEBC2', covered: 'FFCFE8D4' } as const;
let store: TestStore | null = null;
afterEach(() => {
  store?.close();
  store = null;
});

async function storeWithTeams(teams: number): Promise<TestStore> {
  store = openTestStore();
  return importSyntheticTeams(store, teams, 25);
}

/** The tables the export must hold, computed from the raw data without the store's export path. */
async function expectedTables(s: TestStore, lang: Lang): Promise<HrTable[]> {
  const input = await s.call('hr.overview', {});
  const overview = buildHrOverview(input, {
    today: TODAY,
    assessmentMonths: 24,
    includeScenarios: false,
    filter: EMPTY_HR_FILTER,
  });
  return hrTables(overview, HR_LISTS, lang);
}

async function readBack(dataBase64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

type Value = HrTable['rows'][number][number];

/** A cell as a spreadsheet shows it: a calendar day the long way, as the app writes it. */
function shown(value: Value): string {
  return typeof value === 'object' && value !== null
    ? formatCalendarDay(value.lang, value.isoDay)
    : String(value ?? '');
}

/** A cell as exceljs reads it back: a calendar day is a Date. */
function readValue(value: Value): string | number | Date | null {
  return typeof value === 'object' && value !== null ? spreadsheetDate(value.isoDay) : value;
}

/** The width the writer gives a column; exceljs leaves out a column of its default width, 9. */
function width(table: HrTable, column: number): number | undefined {
  const longest = Math.max(
    table.columns[column]!.length,
    ...table.rows.map((row) => shown(row[column] ?? null).length),
  );
  const chosen = Math.min(60, longest + 2);
  return chosen === 9 ? undefined : chosen;
}

describe('the streamed HR workbook', () => {
  it.each(['nl', 'en'] as const)(
    'holds every sheet, header, value, width and fill of the HR tables (%s), read back by exceljs',
    async (lang) => {
      const s = await storeWithTeams(5);
      const file = await s.call('hr.export', { list: 'all', format: 'xlsx', today: TODAY, lang });
      const tables = await expectedTables(s, lang);
      const workbook = await readBack(file.dataBase64);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(tables.map((t) => t.title));
      let fills = 0;
      let days = 0;
      for (const table of tables) {
        const sheet = workbook.getWorksheet(table.title)!;
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        expect(sheet.autoFilter).toBe(`A1:${sheet.getColumn(table.columns.length).letter}1`);
        expect(sheet.rowCount).toBe(table.rows.length + 1);
        const header = sheet.getRow(1);
        expect(table.columns.map((_, c) => header.getCell(c + 1).value)).toEqual(table.columns);
        expect(table.columns.every((_, c) => header.getCell(c + 1).font?.bold === true)).toBe(true);
        expect(table.columns.map((_, c) => sheet.getColumn(c + 1).width)).toEqual(
          table.columns.map((_, c) => width(table, c)),
        );
        table.rows.forEach((values, r) => {
          const row = sheet.getRow(r + 2);
          expect(values.map((_, c) => row.getCell(c + 1).value)).toEqual(values.map(readValue));
          values.forEach((value, c) => {
            if (typeof value === 'object' && value !== null) {
              expect(row.getCell(c + 1).numFmt).toBe(spreadsheetDayFormat(lang));
              days += 1;
            }
            const severity = table.severities?.[r]?.[c];
            const argb = severity && severity !== 'notRequired' && severity !== 'inShell' ? FILLS[severity] : undefined;
            const cell = row.getCell(c + 1);
            if (argb) {
              expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
              fills += 1;
            } else {
              // No fill, or exceljs's empty one beside a date cell's number format.
              expect(cell.fill === undefined || (cell.fill.type === 'pattern' && cell.fill.pattern === 'none')).toBe(
                true,
              );
            }
          });
        });
      }
      // The sample's gaps and the synthetic teams colour cells of every severity.
      expect(fills).toBeGreaterThan(20);
      expect(days).toBeGreaterThan(5);
      const matrix = workbook.getWorksheet(tables[1]!.title)!;
      const sentence = matrix.getRow(2).getCell(4).value;
      expect(sentence).toBe(tables[1]!.rows[0]![3]);
      expect(String(sentence)).toMatch(lang === 'nl' ? /eis(en)? open|Geen eis open/ : /open|No requirement/);
    },
  );

  it('is read by LibreOffice: every sheet with the same header, words and numbers', async () => {
    const s = await storeWithTeams(3);
    const file = await s.call('hr.export', { list: 'all', format: 'xlsx', today: TODAY });
    const tables = await expectedTables(s, 'nl');
    const dir = mkdtempSync(path.join(tmpdir(), 'wtp-hr-xlsx-'));
    const xlsxPath = path.join(dir, 'hr.xlsx');
    writeFileSync(xlsxPath, Buffer.from(file.dataBase64, 'base64'));
    const sheets = sheetsAsCsv(xlsxPath, { asShown: true });
    expect([...sheets.keys()].sort()).toEqual(tables.map((t) => t.title).sort());
    for (const table of tables) {
      const [header, ...rows] = sheets.get(table.title)!;
      expect(header).toEqual(table.columns);
      expect(rows).toHaveLength(table.rows.length);
      rows.forEach((row, r) => {
        table.rows[r]!.forEach((value, c) => {
          if (typeof value === 'number') expect(Number(row[c])).toBe(value);
          else expect(row[c] ?? '').toBe(shown(value));
        });
      });
    }
    // "Beoordeeld op" is a date cell with the Dutch long date, not the ISO text it was:
    // LibreOffice shows "1 maart 2024" (so it sorts and filters it as a date).
    const [header, ...assessed] = sheets.get('Beoordelingen')!;
    const column = header!.indexOf('Beoordeeld op');
    const days = assessed.map((row) => row[column]!).filter((day) => day !== '');
    expect(days.length).toBeGreaterThan(5);
    for (const day of days)
      expect(day).toMatch(
        /^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/,
      );
  }, 120_000);
});

describe('writeXlsx', () => {
  it('writes a long table in steps: rows in order, progress rising to every row, other work running between', async () => {
    const table: HrTable = {
      list: 'matrix',
      title: 'Competentiematrix',
      columns: ['Team', 'Empathie'],
      rows: Array.from({ length: 1000 }, (_, i) => [`Team ${i}`, i % 2 === 0 ? 'Ontbreekt' : 'Gedekt']),
      severities: Array.from({ length: 1000 }, (_, i) => [null, i % 2 === 0 ? 'missing' : 'covered']),
    };
    const reported: number[] = [];
    let turns = 0;
    let ticking = true;
    const tick = (): void => {
      turns += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const bytes = await writeXlsx([table], new Date('2026-11-23T10:00:00Z'), (rows) => reported.push(rows));
    ticking = false;
    // The store's other requests (here: a callback waiting its turn) ran while the rows were written.
    expect(turns).toBeGreaterThan(3);
    expect(reported).toEqual([...reported].sort((a, b) => a - b));
    expect(reported.at(-1)).toBe(1000);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Competentiematrix')!;
    expect(sheet.rowCount).toBe(1001);
    expect(sheet.getCell('A1000').value).toBe('Team 998');
    expect(sheet.getCell('B1000').fill).toMatchObject({ fgColor: { argb: 'FFE8A39B' } });
    expect(sheet.getCell('B1001').fill).toMatchObject({ fgColor: { argb: 'FFCFE8D4' } });
  });
});
