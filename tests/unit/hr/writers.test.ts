import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../db/export/csvWriter.js';
import { writeXlsx } from '../../../db/export/xlsxWriter.js';
import type { HrTable } from '../../../shared/hr/index.js';
import { planFileName } from '../../../renderer/exchange/ExchangeStore.js';

const table: HrTable = {
  list: 'overAllocated',
  title: 'Overbelast',
  columns: ['Naam', 'Uren te veel', 'Opmerking'],
  rows: [
    ['Eén "Naam"; met puntkomma', 4.5, '=SOM(A1:A9)'],
    ['Bert', -2, null],
  ],
  severities: null,
};

describe('HR file writers', () => {
  it('CSV: BOM, semicolons, decimal comma, quoting, and no formula injection', () => {
    const csv = writeCsv(table);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.data).toEqual([
      ['Naam', 'Uren te veel', 'Opmerking'],
      ['Eén "Naam"; met puntkomma', '4,5', "'=SOM(A1:A9)"],
      // A negative number is a number, not a formula.
      ['Bert', '-2', ''],
    ]);
  });

  it('XLSX: a sheet per table, header bold and frozen, numbers stay numbers, severity fills', async () => {
    const matrix: HrTable = {
      list: 'matrix',
      title: 'Competentiematrix',
      columns: ['Team', 'Empathie'],
      rows: [['Noord', 'Ontbreekt (nodig 3, beste 1)']],
      severities: [[null, 'missing']],
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await writeXlsx([table, matrix], new Date('2026-11-23T10:00:00Z'))) as unknown as ArrayBuffer,
    );
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Overbelast', 'Competentiematrix']);
    const sheet = workbook.getWorksheet('Overbelast')!;
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(2).getCell(2).value).toBe(4.5);
    const cell = workbook.getWorksheet('Competentiematrix')!.getCell('B2');
    expect(cell.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFE8A39B' } });
    expect(workbook.getWorksheet('Competentiematrix')!.getCell('A2').fill).toBeUndefined();
  });

  it('names a team plan file after the team, in characters every file system takes', () => {
    expect(planFileName('Wijkteam Voorbeeldwijk-Zuid')).toBe('wijkteam-voorbeeldwijk-zuid.json');
    expect(planFileName('Geïntegreerd team: Noord/Oost')).toBe('geintegreerd-team-noord-oost.json');
    expect(planFileName('***')).toBe('team.json');
  });
});
