import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportRowError } from '../../../shared/api/entities.js';
import { rowErrorColumn } from '../../../renderer/people/import/rowErrorText.js';
import { en, nl } from '../../support/inLanguage.js';
import { openTestStore, type TestStore } from './helpers.js';

/**
 * Files as HR systems and spreadsheet programs make them: the name in a first and a last name
 * (an infix beside them), columns the planner does not know. The fixtures are real files: a CSV as
 * Dutch Excel saves it (byte order mark, semicolons, CRLF) and XLSX files LibreOffice made of it
 * (`soffice --headless --convert-to xlsx`).
 */

const FIXTURES = path.resolve(import.meta.dirname, '../../e2e/fixtures');
const file = (name: string) => ({
  fileName: name,
  format: name.endsWith('.csv') ? ('csv' as const) : ('xlsx' as const),
  dataBase64: readFileSync(path.join(FIXTURES, name)).toString('base64'),
});
const csv = (lines: string[]) => ({
  fileName: 'x.csv',
  format: 'csv' as const,
  dataBase64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64'),
});
const inDutch = (e: ImportRowError): string => `rij ${e.row}, kolom ‘${rowErrorColumn(e, 'nl')}’: ${nl(e.text)}`;

const COMPETENCIES_NL =
  'Aanpassingsvermogen, Creativiteit, Coachen, Conflicthantering, Durf, Flexibel gedrag, Inlevingsvermogen, ' +
  'Innoverend vermogen, Netwerken, Overtuigingskracht, Samenwerken en Zelfontwikkeling';

let store: TestStore;
afterEach(() => store?.close());

describe('a name in parts: Voornaam, Tussenvoegsel, Achternaam', () => {
  it.each(['professionals-name-parts.csv', 'professionals-name-parts.xlsx'])(
    '%s: puts the parts together as one name, says so in the preview, and imports it',
    async (name) => {
      store = openTestStore({ seedSample: false });
      const preview = await store.call('professionalsImport.preview', file(name));
      expect(preview.errors).toEqual([]);
      expect(preview.rows.map((r) => [r.name, r.discipline, r.contractHours])).toEqual([
        ['Jan van den Berg', 'socialWorker', 32.5],
        ['Fatma Yıldız', 'districtNurse', 24],
        ['Ruud de Boer', 'youngPeopleWorker', 16],
      ]);
      expect(preview.notes.map(nl)).toEqual([
        'De namen zijn samengesteld uit de kolommen Voornaam, Tussenvoegsel en Achternaam, bijvoorbeeld ‘Jan van den Berg’.',
      ]);
      expect(preview.notes.map(en)).toEqual([
        'The names are put together from the columns Voornaam, Tussenvoegsel and Achternaam, for example ‘Jan van den Berg’.',
      ]);
      expect(await store.call('professionalsImport.commit', file(name))).toEqual({ created: 3 });
      expect((await store.call('professionals.list', {})).map((p) => p.name)).toEqual([
        'Fatma Yıldız',
        'Jan van den Berg',
        'Ruud de Boer',
      ]);
    },
  );

  it('reads English headers and any column order: the name is always first name, infix, last name', async () => {
    store = openTestStore({ seedSample: false });
    const preview = await store.call(
      'professionalsImport.preview',
      csv(['Last name,Discipline,Infix,First name', 'Berg,socialWorker,van den,Jan', 'Kok,socialWorker,,Linda']),
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.name)).toEqual(['Jan van den Berg', 'Linda Kok']);
    expect(en(preview.notes[0]!)).toBe(
      'The names are put together from the columns First name, Infix and Last name, for example ‘Jan van den Berg’.',
    );
  });

  it('refuses a name column beside name parts, saying which to leave out, and imports nothing', async () => {
    store = openTestStore({ seedSample: false });
    const input = csv(['Naam;Voornaam;Achternaam;Discipline', 'Jan van den Berg;Jan;Berg;socialWorker']);
    const preview = await store.call('professionalsImport.preview', input);
    expect(preview.errors.map(inDutch)).toEqual([
      'rij 1, kolom ‘Voornaam’: deze kolom kan niet naast de kolom ‘Naam’ staan: laat hem weg, of laat ‘Naam’ weg, ' +
        'dan voegt de planner Voornaam, Tussenvoegsel en Achternaam samen tot de naam',
      'rij 1, kolom ‘Achternaam’: deze kolom kan niet naast de kolom ‘Naam’ staan: laat hem weg, of laat ‘Naam’ weg, ' +
        'dan voegt de planner Voornaam, Tussenvoegsel en Achternaam samen tot de naam',
    ]);
    expect((await store.fail('professionalsImport.commit', input)).code).toBe('validation');
    expect(await store.call('professionals.list', {})).toEqual([]);
  });

  it('a first name without a last name: says that both are needed', async () => {
    store = openTestStore({ seedSample: false });
    const preview = await store.call('professionalsImport.preview', csv(['Voornaam;Discipline', 'Jan;socialWorker']));
    expect(preview.errors.map(inDutch)).toEqual([
      'rij 1, kolom ‘Naam’: deze kolom ontbreekt; de naam mag ook in twee kolommen staan, Voornaam en Achternaam ' +
        '(eventueel met Tussenvoegsel): die voegt de planner samen',
    ]);
    expect(en(preview.errors[0]!.text)).toBe(
      'this column is missing; the name may also be in two columns, First name and Last name ' +
        '(with Infix if needed): the planner puts them together',
    );
  });
});

describe('an unknown column', () => {
  it('an HR export made by LibreOffice: the first unknown column lists every column the planner knows', async () => {
    store = openTestStore({ seedSample: false });
    const input = file('professionals-hr-export.xlsx');
    const preview = await store.call('professionalsImport.preview', input);
    expect(preview.rows).toEqual([]);
    expect(preview.errors.map(inDutch)).toEqual([
      'rij 1, kolom ‘Personeelsnummer’: onbekende kolom; de planner kent de kolommen Naam, Discipline, Organisatie, ' +
        'Binding, Contracturen, Vakkennis en Beoordeeld op (de naam mag ook in Voornaam, Tussenvoegsel en Achternaam) ' +
        `en de competenties ${COMPETENCIES_NL}`,
      'rij 1, kolom ‘Inlevingsvermogn’: onbekende kolom (geen veld of competentie)',
    ]);
    expect(en(preview.errors[0]!.text)).toBe(
      'unknown column; the planner knows the columns Name, Discipline, Organisation, Binding, Contract hours, ' +
        'Expertise and Assessed on (the name may also be in First name, Infix and Last name) and the competencies ' +
        'Adaptability, Creativity, Coaching, Conflict handling, Daring, Flexible behaviour, Empathy, ' +
        'Innovative capacity, Networking, Persuasiveness, Cooperation and Self-development',
    );
    expect((await store.fail('professionalsImport.commit', input)).code).toBe('validation');
    expect(await store.call('professionals.list', {})).toEqual([]);
  });
});
