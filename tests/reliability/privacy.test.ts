import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../../db/index.js';
import { openTestStore, personInput, type TestStore } from '../integration/db/helpers.js';

/**
 * The right to be forgotten, checked on the raw bytes: after deleting a professional (the
 * store checkpoints right after), their name is in neither the database file nor its
 * write-ahead log. secure_delete zeroes the freed space; without it the name would linger.
 */

let store: TestStore;
afterEach(() => store?.close());

const NAME = 'Zwaantje Qwertyhuis';

function rawBytesContain(dir: string, text: string): boolean {
  const needle = Buffer.from(text, 'utf8');
  return [databasePath(dir), `${databasePath(dir)}-wal`].some(
    (file) => fs.existsSync(file) && fs.readFileSync(file).includes(needle),
  );
}

describe('privacy', () => {
  it('a deleted professional is not readable anywhere in the database file', async () => {
    store = openTestStore({ seedSample: true });
    const person = await store.call('professionals.create', {
      ...personInput,
      name: NAME,
      organisation: 'Stichting Geheim',
    });
    const fn = (await store.call('plan.get', { scenarioId: (await store.call('teams.list', {}))[0]!.scenarios[0]!.id }))
      .plan.functions[0]!;
    await store.call('assignments.set', { functionId: fn.id, professionalId: person.id, hours: 8 });
    await store.whenIdle();
    // Closing checkpoints: the name is now in the main file itself, where only secure_delete
    // (not the emptied log) can remove it. The control makes sure the check below can fail.
    store.close();
    store = openTestStore({ dataDir: store.dataDir });
    expect(fs.readFileSync(databasePath(store.dataDir)).includes(Buffer.from(NAME))).toBe(true);
    await store.call('professionals.delete', { id: person.id });
    expect(rawBytesContain(store.dataDir, NAME)).toBe(false);
    expect(rawBytesContain(store.dataDir, 'Stichting Geheim')).toBe(false);
  });

  it('a professional can get all their own data as JSON', async () => {
    store = openTestStore({ seedSample: true });
    const pool = await store.call('professionals.list', {});
    const person = pool.find((p) => p.name === 'Ingrid Hoekstra')!;
    const exported = await store.call('professionals.exportPersonalData', { id: person.id });
    expect(JSON.parse(JSON.stringify(exported))).toEqual({
      exportedAt: expect.any(String),
      professional: person,
      assignments: [
        {
          teamName: 'Wijkteam Voorbeeldwijk-Zuid',
          scenarioName: 'Hoofdscenario',
          functionName: 'Sociaalpsychiatrische zorg',
          hours: 24,
        },
        {
          teamName: 'Wijkteam Voorbeeldwijk-Zuid',
          scenarioName: 'Hoofdscenario',
          functionName: 'Crisisinterventie',
          hours: 8,
        },
      ],
    });
  });
});
