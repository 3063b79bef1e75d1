import { afterEach, describe, expect, it } from 'vitest';
import { en, nl } from '../../support/inLanguage.js';
import { openTestStore, personInput, type TestStore } from './helpers.js';

/**
 * Disciplines of a municipality's own (shared/catalogue/ownDisciplines.ts) through the real
 * store: a person may have one, a file may bring one, and a blank one is refused.
 */
let store: TestStore;
afterEach(() => store?.close());

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('own disciplines', () => {
  it('stores a person with a discipline the catalogue does not have, as written, and refuses a blank one', async () => {
    store = openTestStore({ seedSample: false });
    const coach = await store.call('professionals.create', { ...personInput, discipline: '  Buurtsportcoach ' });
    expect(coach.discipline).toBe('Buurtsportcoach');
    expect((await store.call('professionals.list', {})).map((p) => p.discipline)).toEqual(['Buurtsportcoach']);

    const blank = await store.fail('professionals.create', { ...personInput, name: 'Bea', discipline: '   ' });
    expect(blank.code).toBe('validation');
    expect(blank.details!.map((d) => `${d.path}: ${nl(d.text)}`)).toEqual([
      'discipline: discipline is verplicht (hoogstens 64 tekens)',
    ]);
    expect(en(blank.details![0]!.text)).toBe('discipline is required (at most 64 characters)');
  });

  it('imports own disciplines, in the spelling already stored, and says which are new before anything is written', async () => {
    store = openTestStore({ seedSample: false });
    await store.call('professionals.create', { ...personInput, name: 'Ali', discipline: 'Buurtsportcoach' });
    const csv = [
      'Naam;Discipline',
      'Bea Bakker;buurtsportcoach',
      'Cor Claassen;Ervaringsdeskundige',
      'Dirk Dekker;ervarings deskundige',
      'Eva Eerden;maatschappelijk werker',
      'Fien Fokker;Praktijkondersteuner GGZ',
    ].join('\r\n');
    const preview = await store.call('professionalsImport.preview', {
      fileName: 'team.csv',
      format: 'csv',
      dataBase64: b64(csv),
    });
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.discipline)).toEqual([
      'Buurtsportcoach',
      'Ervaringsdeskundige',
      'Ervaringsdeskundige',
      'socialWorker',
      'Praktijkondersteuner GGZ',
    ]);
    // Buurtsportcoach is stored already; the two new ones are named with their number of people.
    expect(preview.notes.map(nl)).toEqual([
      '2 disciplines staan niet in de lijst van de planner en worden als eigen discipline opgeslagen: ' +
        '‘Ervaringsdeskundige’ (2 personen) en ‘Praktijkondersteuner GGZ’ (1 persoon). ' +
        'Is een spelling niet goed, verbeter die dan eerst in het bestand.',
    ]);
    expect(en(preview.notes[0]!)).toContain(
      '‘Ervaringsdeskundige’ (2 people) and ‘Praktijkondersteuner GGZ’ (1 person)',
    );

    expect(
      await store.call('professionalsImport.commit', { fileName: 'team.csv', format: 'csv', dataBase64: b64(csv) }),
    ).toEqual({ created: 5 });
    const stored = await store.call('professionals.list', {});
    expect(new Set(stored.map((p) => p.discipline))).toEqual(
      new Set(['Buurtsportcoach', 'Ervaringsdeskundige', 'socialWorker', 'Praktijkondersteuner GGZ']),
    );
  });
});
