import { afterEach, describe, expect, it } from 'vitest';
import { ownDisciplineUses } from '../../../shared/catalogue/ownDisciplines.js';
import { openTestStore, personInput, sampleTeamInput, type TestStore } from './helpers.js';

/**
 * One rule for a discipline on every path that stores a person (db/repositories/disciplines.ts):
 * what the discipline field and the spreadsheet import already did, the store now does for
 * create, update, restore and a plan file too, so a client that sends the text as typed
 * gets the catalogued key or the own discipline in the spelling already stored.
 */
let store: TestStore;
afterEach(() => store?.close());

async function ownUses() {
  return ownDisciplineUses((await store.call('professionals.list', {})).map((p) => p.discipline));
}

describe('a discipline stored by the one rule', () => {
  it('create: a catalogued name in any case or spacing is its key, an own one tidied and joined', async () => {
    store = openTestStore({ seedSample: false });
    const ali = await store.call('professionals.create', { ...personInput, discipline: '  maatschappelijk werker ' });
    expect(ali.discipline).toBe('socialWorker');
    const bea = await store.call('professionals.create', { ...personInput, name: 'Bea', discipline: 'District nurse' });
    expect(bea.discipline).toBe('districtNurse');
    const cor = await store.call('professionals.create', {
      ...personInput,
      name: 'Cor',
      discipline: 'Buurtsportcoach  ',
    });
    expect(cor.discipline).toBe('Buurtsportcoach');
    const dirk = await store.call('professionals.create', {
      ...personInput,
      name: 'Dirk',
      discipline: 'buurt  sportcoach',
    });
    expect(dirk.discipline).toBe('Buurtsportcoach');
    expect(await ownUses()).toEqual([{ discipline: 'Buurtsportcoach', people: 2 }]);
  });

  it('update: the same rule, so "Maatschappelijk Werker" is the key and "Buurtsportcoach  " counted once', async () => {
    store = openTestStore({ seedSample: false });
    const ali = await store.call('professionals.create', { ...personInput, discipline: 'Buurtsportcoach' });
    const bea = await store.call('professionals.create', { ...personInput, name: 'Bea' });

    const social = await store.call('professionals.update', { id: ali.id, discipline: 'Maatschappelijk Werker' });
    expect(social.discipline).toBe('socialWorker');
    const spaced = await store.call('professionals.update', { id: ali.id, discipline: '  maatschappelijk werker ' });
    expect(spaced.discipline).toBe('socialWorker');

    await store.call('professionals.update', { id: ali.id, discipline: 'Buurtsportcoach' });
    const coach = await store.call('professionals.update', { id: bea.id, discipline: 'Buurtsportcoach  ' });
    expect(coach.discipline).toBe('Buurtsportcoach');
    const lower = await store.call('professionals.update', { id: bea.id, discipline: 'BUURTSPORTCOACH' });
    expect(lower.discipline).toBe('Buurtsportcoach');
    expect(await ownUses()).toEqual([{ discipline: 'Buurtsportcoach', people: 2 }]);
  });

  it('restore and a plan file: the person comes in with the discipline as the store writes it', async () => {
    store = openTestStore({ seedSample: false });
    await store.call('professionals.create', { ...personInput, name: 'Ali', discipline: 'Buurtsportcoach' });
    const bea = await store.call('professionals.create', { ...personInput, name: 'Bea' });
    const removed = await store.call('professionals.delete', { id: bea.id });
    const back = await store.call('professionals.restore', {
      ...removed,
      professional: { ...removed.professional, discipline: 'buurtsportcoach ' },
    });
    expect(back.professional.discipline).toBe('Buurtsportcoach');

    const team = await store.call('teams.create', sampleTeamInput);
    const scenarioId = team.scenarios[0]!.id;
    const exported = await store.call('plan.export', { scenarioId, includePool: true });
    const other = openTestStore({ seedSample: false });
    try {
      await other.call('professionals.create', { ...personInput, name: 'Cor', discipline: 'Buurtsportcoach' });
      const filed = {
        ...exported,
        professionals: exported.professionals.map((p, i) => ({
          ...p,
          discipline: i === 0 ? 'Maatschappelijk werker ' : 'BUURTSPORTCOACH',
        })),
      };
      expect((await other.call('plan.import', { plan: filed })).status).toBe('imported');
      const stored = (await other.call('professionals.list', {})).map((p) => [p.name, p.discipline]);
      expect(stored).toEqual([
        ['Ali', 'socialWorker'],
        ['Bea', 'Buurtsportcoach'],
        ['Cor', 'Buurtsportcoach'],
      ]);
    } finally {
      other.close();
    }
  });
});
