import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { buildHrOverview, EMPTY_HR_FILTER } from '../../../shared/hr/index.js';
import { openTestStore, type TestStore } from '../../integration/db/helpers.js';
import { nl } from '../../support/inLanguage.js';

/**
 * The HR methods over a real SQLite store (seeded with Voorbeeldwijk), through dispatch
 * as over IPC; the exported files are read back with exceljs and papaparse.
 */
const TODAY = '2026-11-23';
let store: TestStore | null = null;

function open(): TestStore {
  store = openTestStore();
  return store;
}

afterEach(() => {
  store?.close();
  store = null;
});

describe('hr.overview', () => {
  it('brings every team as a member-only plan and the whole pool, in one call', async () => {
    const s = open();
    const input = await s.call('hr.overview', {});
    expect(input.scenarios.map((e) => e.plan.team.name)).toEqual([
      'Wijkteam Voorbeeldwijk-Noord',
      'Wijkteam Voorbeeldwijk-Zuid',
      'Zorgteam Jeugd en Gezin Noord',
    ]);
    expect(input.scenarios.every((e) => e.isMain && e.isSample)).toBe(true);
    expect(input.professionals).toHaveLength(20);
    const noord = input.scenarios[0]!.plan;
    const members = new Set(noord.assignments.map((a) => a.professionalId));
    expect(new Set(noord.professionals.map((p) => p.id))).toEqual(members);

    const overview = buildHrOverview(input, {
      today: TODAY,
      assessmentMonths: 24,
      includeScenarios: false,
      filter: EMPTY_HR_FILTER,
    });
    expect(overview.overAllocated.map((p) => [p.name, p.hoursAllocated, p.contractHours])).toEqual([
      ['Fatima El Amrani', 32, 24],
    ]);
    expect(
      overview.assessments
        .filter((a) => a.reason === 'missing')
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Kevin de Boer', 'Wilma Brouwer']);
  });

  it('adds the variants when asked', async () => {
    const s = open();
    const first = (await s.call('hr.overview', {})).scenarios[0]!;
    await s.call('scenarios.duplicate', { scenarioId: first.scenarioId, name: 'Variant met jeugd' });
    expect((await s.call('hr.overview', {})).scenarios).toHaveLength(3);
    const all = await s.call('hr.overview', { includeScenarios: true });
    expect(all.scenarios.map((e) => [e.scenarioName, e.isMain]).filter(([, main]) => !main)).toEqual([
      ['Variant met jeugd', false],
    ]);
  });
});

describe('hr.export', () => {
  it('writes all lists as one XLSX workbook with Dutch headers, values and coloured matrix cells', async () => {
    const s = open();
    const file = await s.call('hr.export', { list: 'all', format: 'xlsx', today: TODAY });
    expect(file.fileName).toBe(`hr-overzicht-${TODAY}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Teams',
      'Competentiematrix',
      'Te veel uren',
      'Beoordelingen',
      'Eén persoon',
      'Open advies',
    ]);

    const teams = workbook.getWorksheet('Teams')!;
    expect(teams.getRow(1).getCell(1).value).toBe('Team');
    expect(teams.getRow(1).getCell(7).value).toBe('Teamdekking (%)');
    expect(teams.getRow(2).getCell(1).value).toBe('Wijkteam Voorbeeldwijk-Noord');
    expect(typeof teams.getRow(2).getCell(7).value).toBe('number');

    const over = workbook.getWorksheet('Te veel uren')!;
    expect(over.getRow(1).values).toEqual([
      undefined,
      'Naam',
      'Discipline',
      'Moederorganisatie',
      'Contracturen',
      'Uren ingezet',
      'Uren te veel',
      'Teams (uren)',
    ]);
    expect(over.getRow(2).getCell(1).value).toBe('Fatima El Amrani');
    expect(over.getRow(2).getCell(6).value).toBe(8);
    expect(over.rowCount).toBe(2);

    const matrix = workbook.getWorksheet('Competentiematrix')!;
    let coloured = 0;
    matrix.eachRow((row, r) => {
      if (r === 1) return;
      row.eachCell((cell) => {
        const text = String(cell.value ?? '');
        // The worst requirement comes first, right after the count of open ones.
        if (/^\d+ eis(en)? open: ontbreekt in /.test(text)) {
          expect(cell.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFE8A39B' } });
          coloured += 1;
        }
      });
    });
    expect(coloured).toBeGreaterThan(0);
  });

  it('writes one list as CSV for Dutch Excel: BOM, semicolons, decimal comma, filtered', async () => {
    const s = open();
    const file = await s.call('hr.export', {
      list: 'teams',
      format: 'csv',
      today: TODAY,
      filter: { area: '', model: 'A2', organisationType: '' },
    });
    expect(file.fileName).toBe(`hr-teams-${TODAY}.csv`);
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields!.slice(0, 3)).toEqual(['Team', 'Scenario', 'Gebied']);
    expect(parsed.data.map((r) => r.Team)).toEqual(['Wijkteam Voorbeeldwijk-Zuid']);
    expect(parsed.data[0]!['Fte nodig']).toMatch(/^\d+(,\d+)?$/);
    expect(parsed.data[0]!.Model).toMatch(/^A2/);
  });

  it('follows the UI language when asked: English sheet names, headers, words and file name', async () => {
    const s = open();
    const file = await s.call('hr.export', { list: 'all', format: 'xlsx', today: TODAY, lang: 'en' });
    expect(file.fileName).toBe(`hr-overview-${TODAY}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Teams',
      'Competency matrix',
      'Over-allocated',
      'Assessments',
      'One person',
      'Open advice',
    ]);
    const over = workbook.getWorksheet('Over-allocated')!;
    expect(over.getRow(1).values).toEqual([
      undefined,
      'Name',
      'Discipline',
      'Mother organisation',
      'Contract hours',
      'Hours allocated',
      'Hours over contract',
      'Teams (hours)',
    ]);
    const assessments = workbook.getWorksheet('Assessments')!;
    expect(assessments.getColumn(6).values).toContain('Never assessed');
  });

  it('refuses all lists in one CSV, in Dutch, and says what to choose', async () => {
    const s = open();
    const error = await s.fail('hr.export', { list: 'all', format: 'csv', today: TODAY });
    expect(error.code).toBe('validation');
    expect(nl(error.text)).toContain('Kies een lijst');
  });
});
