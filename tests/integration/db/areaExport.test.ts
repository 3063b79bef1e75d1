import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { areaTables, buildAreaView } from '../../../shared/area/index.js';
import { openTestStore, type TestStore } from './helpers.js';

/** The area workbook the store writes for the sample's Voorbeeldwijk-Noord, read back by a spreadsheet library. */
const stores: TestStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

describe('area.export', () => {
  it('writes a sheet per table of the area view, with the words and numbers the screen shows', async () => {
    const store = openTestStore();
    stores.push(store);
    const file = await store.call('area.export', { area: 'Voorbeeldwijk-Noord', lang: 'nl' });
    expect(file.fileName).toMatch(/^gebied-voorbeeldwijk-noord-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const input = await store.call('hr.overview', { includeScenarios: false });
    const tables = areaTables(buildAreaView(input, 'Voorbeeldwijk-Noord'), 'nl', input.competencies);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(tables.map((t) => t.sheet));
    expect(workbook.worksheets.map((w) => w.name)).toContain('Gedeelde mensen');
    for (const table of tables) {
      const sheet = workbook.getWorksheet(table.sheet)!;
      expect(sheet.getRow(1).getCell(1).value).toBe(table.columns[0]);
      expect(sheet.getRow(1).font?.bold ?? sheet.getCell('A1').font?.bold).toBe(true);
      expect(sheet.rowCount).toBe(table.rows.length + 1);
      if (table.rows.length > 0) expect(sheet.getRow(2).getCell(1).value).toBe(table.rows[0]![0]);
    }
  });

  it('speaks English when asked, and refuses an empty area name', async () => {
    const store = openTestStore();
    stores.push(store);
    const file = await store.call('area.export', { area: 'Voorbeeldwijk-Noord', lang: 'en' });
    expect(file.fileName).toMatch(/^area-voorbeeldwijk-noord-/);
    const error = await store.fail('area.export', { area: '  ', lang: 'nl' });
    expect(error.code).toBe('validation');
  });

  it("names the file by the local calendar day: just after midnight in the Netherlands, not UTC's yesterday", async () => {
    const originalTz = process.env.TZ;
    process.env.TZ = 'Europe/Amsterdam';
    try {
      // 00:30 on 24 November in Amsterdam, 23:30 on 23 November in UTC.
      const store = openTestStore({ now: () => new Date('2026-11-23T23:30:00Z') });
      stores.push(store);
      const file = await store.call('area.export', { area: 'Voorbeeldwijk-Noord', lang: 'nl' });
      expect(file.fileName).toBe('gebied-voorbeeldwijk-noord-2026-11-24.xlsx');
    } finally {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    }
  });
});
