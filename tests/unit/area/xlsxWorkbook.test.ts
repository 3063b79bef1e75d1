import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { areaTables, buildAreaView } from '../../../shared/area/index.js';
import { columnName, xlsxWorkbook } from '../../../renderer/area/xlsxWorkbook.js';
import { crc32 } from '../../../renderer/area/zipStored.js';
import { input } from './areaFixtures.js';

describe('area workbook', () => {
  it('names columns as spreadsheets do', () => {
    expect([1, 26, 27, 52, 703].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('computes the ZIP checksum of the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('is read back by a spreadsheet library: a sheet per table, bold headers, text and numbers, progress per sheet', async () => {
    const tables = areaTables(buildAreaView(input(), 'Testwijk'), 'nl');
    const progress: string[] = [];
    const bytes = await xlsxWorkbook(tables, (done, total) => progress.push(`${done}/${total}`));
    expect(progress).toEqual(tables.map((_, i) => `${i + 1}/${tables.length}`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Teams',
      'Functies',
      'Competenties',
      'Vakkennis',
      'Gaten',
      'Overlap',
      'Gedeelde mensen',
    ]);
    const teams = workbook.getWorksheet('Teams')!;
    expect(teams.getRow(1).getCell(1).value).toBe('Team');
    expect(teams.getRow(1).font?.bold ?? teams.getCell('A1').font?.bold).toBe(true);
    expect(teams.getRow(2).getCell(1).value).toBe('Jeugdteam');
    expect(teams.getRow(2).getCell(9).value).toBe(3);
    const shared = workbook.getWorksheet('Gedeelde mensen')!;
    expect(shared.getRow(2).getCell(1).value).toBe('Ann');
    expect(shared.getRow(2).getCell(8).value).toBe('Meer uren dan contract (+4)');
    const gaps = workbook.getWorksheet('Gaten')!;
    expect(gaps.getRow(2).getCell(7).value).toBe('Geen team in het gebied');
    expect(gaps.getRow(2).getCell(6).value).toBe('Ontbreekt');
  });

  it('keeps text with markup characters as text', async () => {
    const [table] = areaTables(buildAreaView(input(), 'Testwijk'), 'nl');
    const bytes = await xlsxWorkbook([{ ...table!, rows: [['<b>&"\u0001x']] }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getCell('A2').value).toBe('<b>&"x');
  });
});
