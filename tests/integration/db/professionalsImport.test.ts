import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportRowError } from '../../../shared/api/entities.js';
import { rowErrorColumn } from '../../../renderer/people/import/rowErrorText.js';
import { en, nl } from '../../support/inLanguage.js';
import { openTestStore, type TestStore } from './helpers.js';

/** A row error as a line the way a Dutch screen would list it. */
const inDutch = (e: ImportRowError): string => `rij ${e.row}, kolom ‘${rowErrorColumn(e, 'nl')}’: ${nl(e.text)}`;

let store: TestStore;
afterEach(() => store?.close());

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const GOOD_CSV = [
  'Naam;Discipline;Organisatie;Binding;Contracturen;Expertise;Beoordeeld op;Inlevingsvermogen;Coachen;Durf',
  'Eva de Wit;Maatschappelijk werker;Welzijn Oost;functioneel;32,5;Inkomen en regelingen, debt;03-02-2025;3;2;',
  'Tom Kuipers;districtNurse;Thuiszorg Oost;hiërarchisch;24;somatic;2024-11-30;2;3;1',
].join('\r\n');

describe('importing professionals from CSV and XLSX', () => {
  it('previews and imports a Dutch CSV (semicolons, decimal comma, Dutch dates and names)', async () => {
    store = openTestStore({ seedSample: false });
    const preview = await store.call('professionalsImport.preview', {
      fileName: 'team.csv',
      format: 'csv',
      dataBase64: b64(GOOD_CSV),
    });
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0]).toEqual({
      name: 'Eva de Wit',
      discipline: 'socialWorker',
      organisation: 'Welzijn Oost',
      binding: 'functional',
      contractHours: 32.5,
      ratings: { empathy: 3, coaching: 2 },
      expertise: [
        { key: 'income', level: 2, assessedOn: '2025-02-03' },
        { key: 'debt', level: 2, assessedOn: '2025-02-03' },
      ],
      assessedOn: '2025-02-03',
      teamRoles: {},
    });
    expect(await store.call('professionals.list', {})).toEqual([]);
    expect(
      await store.call('professionalsImport.commit', {
        fileName: 'team.csv',
        format: 'csv',
        dataBase64: b64(GOOD_CSV),
      }),
    ).toEqual({ created: 2 });
    const pool = await store.call('professionals.list', {});
    expect(pool.map((p) => [p.name, p.binding, p.ratings])).toEqual([
      ['Eva de Wit', 'functional', { empathy: 3, coaching: 2 }],
      ['Tom Kuipers', 'hierarchical', { coaching: 3, daring: 1, empathy: 2 }],
    ]);
    // The same file again would add everyone twice: refused, row by row.
    const again = await store.fail('professionalsImport.commit', {
      fileName: 'team.csv',
      format: 'csv',
      dataBase64: b64(GOOD_CSV),
    });
    expect(again.details!.map((d) => `${d.path}: ${nl(d.text)}`)).toEqual([
      'rows[2].Naam: ‘Eva de Wit’ staat al in de lijst met professionals',
      'rows[3].Naam: ‘Tom Kuipers’ staat al in de lijst met professionals',
    ]);
  });

  it('reports every bad cell as "rij N, kolom X" in Dutch and imports nothing when there is any error', async () => {
    store = openTestStore({ seedSample: false });
    const rows = ['naam,discipline,empathie,contracturen,beoordeeld op'];
    for (let i = 0; i < 4; i += 1) rows.push(`Persoon ${i},socialWorker,2,20,2025-01-01`);
    rows.push('Persoon X,socialWorker,veel,20,2025-01-01'); // row 6
    rows.push('Persoon Y,,3,80,31-02-2025'); // row 7
    const csv = b64(rows.join('\n'));
    const preview = await store.call('professionalsImport.preview', {
      fileName: 'x.csv',
      format: 'csv',
      dataBase64: csv,
    });
    expect(preview.rows).toHaveLength(4);
    expect(preview.errors.map(inDutch)).toEqual([
      'rij 6, kolom ‘empathie’: waarde ‘veel’ is geen niveau 0-4',
      'rij 7, kolom ‘discipline’: discipline is verplicht',
      'rij 7, kolom ‘contracturen’: waarde ‘80’ is geen aantal uren van 0 tot en met 60',
      'rij 7, kolom ‘beoordeeld op’: waarde ‘31-02-2025’ is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)',
    ]);
    expect(en(preview.errors[0]!.text)).toBe('value ‘veel’ is not a level 0-4');
    const error = await store.fail('professionalsImport.commit', { fileName: 'x.csv', format: 'csv', dataBase64: csv });
    expect(error.code).toBe('validation');
    expect(nl(error.text)).toBe(
      'Er is niets geïmporteerd: het bestand bevat 4 fouten. Eerste fout in rij 6, kolom ‘empathie’: waarde ‘veel’ is geen niveau 0-4.',
    );
    expect(await store.call('professionals.list', {})).toEqual([]);
  });

  it('reports at most 500 errors, then how many more there are', async () => {
    store = openTestStore({ seedSample: false });
    const rows = ['naam;discipline;empathie;coachen'];
    for (let i = 0; i < 400; i += 1) rows.push(`P${i};;veel;7`);
    const preview = await store.call('professionalsImport.preview', {
      fileName: 'x.csv',
      format: 'csv',
      dataBase64: b64(rows.join('\n')),
    });
    expect(preview.errors).toHaveLength(501);
    expect(nl(preview.errors[500]!.text)).toBe(
      'niet alle fouten worden getoond (nog 700 meer); is dit wel het goede bestand?',
    );
    const refused = await store.fail('professionalsImport.commit', {
      fileName: 'x.csv',
      format: 'csv',
      dataBase64: b64(rows.join('\n')),
    });
    expect(nl(refused.text)).toMatch(/het bestand bevat 1\.200 fouten/);
  });

  it('names unknown and missing columns', async () => {
    store = openTestStore({ seedSample: false });
    const preview = await store.call('professionalsImport.preview', {
      fileName: 'x.csv',
      format: 'csv',
      dataBase64: b64('naam,empathy,vliegen\nA,2,3'),
    });
    expect(preview.errors.map(inDutch)).toEqual([
      // The whole list of known columns: professionalsImportNames.test.ts.
      expect.stringMatching(/^rij 1, kolom ‘vliegen’: onbekende kolom; de planner kent de kolommen Naam, Discipline, /),
      'rij 1, kolom ‘Discipline’: deze kolom ontbreekt',
    ]);
    // Refused on commit too, with the column named as the template names it, in the reader's language.
    const refused = await store.fail('professionalsImport.commit', {
      fileName: 'x.csv',
      format: 'csv',
      dataBase64: b64('naam,empathy\nA,2'),
    });
    expect(nl(refused.text)).toContain('in rij 1, kolom ‘Discipline’: deze kolom ontbreekt');
    expect(en(refused.text)).toContain('in row 1, column ‘Discipline’: this column is missing');
  });

  it('reads an XLSX made by a spreadsheet program, dates and numbers included', async () => {
    store = openTestStore({ seedSample: false });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Professionals');
    sheet.addRow(['Naam', 'Discipline', 'Contracturen', 'Beoordeeld op', 'Netwerken', 'Samenwerken']);
    sheet.addRow(['Sara Bos', 'Opbouwwerker', 28, new Date(Date.UTC(2025, 0, 15)), 4, 3]);
    sheet.addRow(['Piet Bos', 'Ouderenadviseur', 16, '2024-06-01', 'veel', 2]);
    const data = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await store.call('professionalsImport.preview', {
      fileName: 'p.xlsx',
      format: 'xlsx',
      dataBase64: data,
    });
    expect(preview.rows).toEqual([
      expect.objectContaining({
        name: 'Sara Bos',
        discipline: 'communityWorker',
        contractHours: 28,
        assessedOn: '2025-01-15',
        ratings: { networking: 4, cooperation: 3 },
      }),
    ]);
    expect(preview.errors.map(inDutch)).toEqual(['rij 3, kolom ‘Netwerken’: waarde ‘veel’ is geen niveau 0-4']);
    const garbage = await store.fail('professionalsImport.preview', {
      fileName: 'p.xlsx',
      format: 'xlsx',
      dataBase64: b64('dit is geen excel'),
    });
    expect(nl(garbage.text)).toContain('kon niet worden gelezen als Excel-bestand');
  });
});

describe('cells the header does not name', () => {
  it('refuses a row with a cell beyond the last column, as an unquoted decimal comma in a comma file makes', async () => {
    store = openTestStore({ seedSample: false });
    // "24,5" without quotes in a comma file is two cells: 24 and 5. Reading the first and
    // dropping the second imported Jan with 24 hours and no word about it.
    const csv = ['Naam,Discipline,Contracturen', 'Jan Komma,Opbouwwerker,24,5', 'Piet Punt,Vrijwilliger,8'].join('\n');
    const preview = await store.call('professionalsImport.preview', {
      fileName: 'komma.csv',
      format: 'csv',
      dataBase64: b64(csv),
    });
    expect(preview.rows.map((r) => [r.name, r.contractHours])).toEqual([['Piet Punt', 8]]);
    expect(preview.errors.map(inDutch)).toEqual([
      'rij 2, kolom ‘D’: deze rij heeft meer cellen dan er kolommen zijn: ‘5’ hoort bij geen kolom. ' +
        'Staat er een komma in een getal, zoals 24,5? Zet dan aanhalingstekens om dat getal, of gebruik puntkomma’s tussen de cellen.',
    ]);
    expect(en(preview.errors[0]!.text)).toContain('more cells than there are columns');
  });

  it('leaves out an empty column that a spreadsheet program keeps for its formatting, and names one with data by its letter', async () => {
    store = openTestStore({ seedSample: false });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['Naam', 'Discipline', 'Contracturen']);
    sheet.addRow(['Sara Bos', 'Opbouwwerker', 24.5]);
    // A fill on E1 and a border further down: Excel keeps columns D-E in the sheet, empty.
    sheet.getCell('E1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    sheet.getCell('D4').border = { top: { style: 'thin' } };
    const xlsx = async () => Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await store.call('professionalsImport.preview', {
      fileName: 'p.xlsx',
      format: 'xlsx',
      dataBase64: await xlsx(),
    });
    expect(preview.errors.map(inDutch)).toEqual([]);
    expect(preview.rows.map((r) => [r.name, r.contractHours])).toEqual([['Sara Bos', 24.5]]);

    // A nameless column that does hold something is still refused, named as the spreadsheet shows it.
    sheet.getCell('E2').value = 'ja';
    const withData = await store.call('professionalsImport.preview', {
      fileName: 'p.xlsx',
      format: 'xlsx',
      dataBase64: await xlsx(),
    });
    expect(withData.errors.map(inDutch)).toEqual(['rij 1, kolom ‘E’: kolom zonder naam']);
  });
});

describe('row numbers in a CSV with cells that span lines', () => {
  // "rij N" is the row the user sees when opening the file in a spreadsheet program: the header
  // is row 1 and a record whose cell holds line breaks is still one row, however many lines it
  // takes in the file. Blank lines are rows too (the spreadsheet shows them), so they count.
  const messages = async (csv: string) => {
    const preview = await store.call('professionalsImport.preview', {
      fileName: 'x.csv',
      format: 'csv',
      dataBase64: b64(csv),
    });
    return { names: preview.rows.map((r) => [r.name, r.organisation]), errors: preview.errors.map(inDutch) };
  };

  it('counts a record with a multi-line cell as one row, for the rows after it too', async () => {
    store = openTestStore({ seedSample: false });
    const csv = [
      'naam;discipline;organisatie;empathie',
      'Anna de Vries;socialWorker;"Wijkteam Oost\r\nlocatie De Brug\r\n(2e verdieping)";2',
      'Bram Bos;;Wijkteam West;3',
      '"Cor\nvan Dam";socialWorker;"Oost;\n""De Brug""";9',
      'Dirk Dekker;socialWorker;West;4',
    ].join('\r\n');
    expect(await messages(csv)).toEqual({
      names: [
        ['Anna de Vries', 'Wijkteam Oost\r\nlocatie De Brug\r\n(2e verdieping)'],
        ['Dirk Dekker', 'West'],
      ],
      errors: [
        'rij 3, kolom ‘discipline’: discipline is verplicht',
        'rij 4, kolom ‘empathie’: waarde ‘9’ is geen niveau 0-4',
      ],
    });
  });

  it('reads a semicolon file with blank lines around a multi-line cell (as saved by a spreadsheet program) row by row', async () => {
    store = openTestStore({ seedSample: false });
    // Blank lines used to hide the semicolon from papaparse's delimiter guess (it counted them as
    // one-cell rows): every line became one cell, the header one unknown column, and the cell
    // that spans lines was cut in two.
    const csv = [
      'naam;discipline;organisatie',
      '',
      'Anna de Vries;socialWorker;"Wijkteam Oost',
      'locatie De Brug"',
      '',
      'Bram Bos;;West',
      '',
      '',
      '',
    ].join('\n');
    expect(await messages(csv)).toEqual({
      names: [['Anna de Vries', 'Wijkteam Oost\nlocatie De Brug']],
      errors: ['rij 5, kolom ‘discipline’: discipline is verplicht'],
    });
  });
});
