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

describe('renaming an own discipline', () => {
  /** A pool with a typo for two people, the right spelling for one, and someone with a catalogued discipline. */
  async function poolWithTypo() {
    store = openTestStore({ seedSample: false });
    const people = [
      { name: 'Ali', discipline: 'Buurtsportcoch' },
      { name: 'Bea', discipline: 'Buurtsportcoch' },
      { name: 'Cor', discipline: 'Buurtsportcoach' },
      { name: 'Dirk', discipline: 'socialWorker' },
    ];
    for (const p of people) await store.call('professionals.create', { ...personInput, ...p });
  }
  const disciplines = async () =>
    Object.fromEntries((await store.call('professionals.list', {})).map((p) => [p.name, p.discipline]));

  it('gives everyone with it the new name in one call, tidied, and answers the people it changed', async () => {
    await poolWithTypo();
    const answer = await store.call('professionals.renameDiscipline', {
      from: 'Buurtsportcoch',
      to: '  Sport  coach ',
    });
    expect(answer.discipline).toBe('Sport coach');
    expect(answer.changed.map((p) => [p.name, p.discipline])).toEqual([
      ['Ali', 'Sport coach'],
      ['Bea', 'Sport coach'],
    ]);
    // The rest of each person is as it was.
    expect(answer.changed[0]!.ratings).toEqual(personInput.ratings);
    expect(await disciplines()).toEqual({
      Ali: 'Sport coach',
      Bea: 'Sport coach',
      Cor: 'Buurtsportcoach',
      Dirk: 'socialWorker',
    });
  });

  it('may change only the spelling of a name, which the field’s rule would otherwise read as the same', async () => {
    await poolWithTypo();
    await store.call('professionals.renameDiscipline', { from: 'Buurtsportcoach', to: 'BuurtSportCoach' });
    expect((await disciplines()).Cor).toBe('BuurtSportCoach');
  });

  it('merges into an own discipline written the same apart from case and spaces, and into a catalogued one', async () => {
    await poolWithTypo();
    const merged = await store.call('professionals.renameDiscipline', {
      from: 'Buurtsportcoch',
      to: 'buurtsport coach',
    });
    expect(merged.discipline).toBe('Buurtsportcoach');
    expect(merged.changed.map((p) => p.name)).toEqual(['Ali', 'Bea']);
    expect(await disciplines()).toEqual({
      Ali: 'Buurtsportcoach',
      Bea: 'Buurtsportcoach',
      Cor: 'Buurtsportcoach',
      Dirk: 'socialWorker',
    });

    const catalogued = await store.call('professionals.renameDiscipline', {
      from: 'Buurtsportcoach',
      to: 'Maatschappelijk Werker',
    });
    expect(catalogued.discipline).toBe('socialWorker');
    expect(new Set(Object.values(await disciplines()))).toEqual(new Set(['socialWorker']));
  });

  it('gives back exactly the people a merge moved (the undo), so those who had the name already keep it', async () => {
    await poolWithTypo();
    const merged = await store.call('professionals.renameDiscipline', {
      from: 'Buurtsportcoch',
      to: 'Buurtsportcoach',
    });
    const back = await store.call('professionals.renameDiscipline', {
      from: merged.discipline,
      to: 'Buurtsportcoch',
      ids: merged.changed.map((p) => p.id),
    });
    expect(back.changed.map((p) => p.name)).toEqual(['Ali', 'Bea']);
    expect(await disciplines()).toEqual({
      Ali: 'Buurtsportcoch',
      Bea: 'Buurtsportcoch',
      Cor: 'Buurtsportcoach',
      Dirk: 'socialWorker',
    });
  });

  it('refuses an empty or too long name, a catalogued discipline and one nobody has, in Dutch, changing nothing', async () => {
    await poolWithTypo();
    const before = await store.call('professionals.list', {});

    for (const to of ['   ', 'x'.repeat(65)]) {
      const refused = await store.fail('professionals.renameDiscipline', { from: 'Buurtsportcoch', to });
      expect(refused.code).toBe('validation');
      expect(refused.details!.map((d) => `${d.path}: ${nl(d.text)}`)).toEqual([
        'to: discipline is verplicht (hoogstens 64 tekens)',
      ]);
    }

    const catalogued = await store.fail('professionals.renameDiscipline', {
      from: 'socialWorker',
      to: 'Sociaal werker',
    });
    expect(catalogued.code).toBe('conflict');
    expect(nl(catalogued.text)).toBe(
      '‘Maatschappelijk werker’ staat in de lijst van de planner; alleen een eigen discipline kan hier een andere naam krijgen. Er is niets gewijzigd.',
    );
    expect(en(catalogued.text)).toContain('‘Social worker’ is in the planner’s list');

    const gone = await store.fail('professionals.renameDiscipline', {
      from: 'Ervaringsdeskundige',
      to: 'Ervaringswerker',
    });
    expect(gone.code).toBe('conflict');
    expect(nl(gone.text)).toBe('Niemand heeft (nog) de discipline ‘Ervaringsdeskundige’. Er is niets gewijzigd.');

    expect(await store.call('professionals.list', {})).toEqual(before);
  });

  it('changes nothing when the new name is the discipline itself', async () => {
    await poolWithTypo();
    const before = await store.call('professionals.list', {});
    expect(
      await store.call('professionals.renameDiscipline', { from: 'Buurtsportcoch', to: '  Buurtsportcoch ' }),
    ).toEqual({
      discipline: 'Buurtsportcoch',
      changed: [],
    });
    expect(await store.call('professionals.list', {})).toEqual(before);
  });
});
