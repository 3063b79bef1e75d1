import { afterEach, describe, expect, it } from 'vitest';
import { en, nl } from '../../support/inLanguage.js';
import { openTestStore, type TestStore } from './helpers.js';

/**
 * Each catalogue list is one set of names people rate on, choose from and import by: the
 * store refuses a second entry that reads like one already there, in either language.
 */
let store: TestStore;
afterEach(() => store?.close());

const template = (nlName: string, enName: string) => ({
  name: { nl: nlName, en: enName },
  description: { nl: '', en: '' },
  defaultPlacement: 'team' as const,
  defaultHours: 8,
  requirements: [],
  expertise: [],
  lifeDomains: [],
});

describe('names in the catalogue are unique per list', () => {
  it('refuses an own competency named as a built-in one, in Dutch or in English, whatever its key', async () => {
    store = openTestStore({ seedSample: false });
    // The screen made the key "coachen" from the name; the built-in Coachen is "coaching".
    const dutch = await store.fail('catalogue.createCompetency', {
      key: 'coachen',
      name: { nl: 'coachen', en: 'coachen' },
    });
    expect(dutch.code).toBe('conflict');
    expect(nl(dutch.text)).toBe('Er bestaat al een competentie met de naam ‘Coachen’. Kies een andere naam.');
    const english = await store.fail('catalogue.createCompetency', {
      key: 'begeleiden',
      name: { nl: 'Begeleiden', en: 'Coaching' },
    });
    expect(en(english.text)).toBe('There is already a competency named ‘Coaching’. Choose another name.');
    const keys = (await store.call('catalogue.get', {})).competencies.map((c) => c.key);
    expect(keys).not.toContain('coachen');
    expect(keys).not.toContain('begeleiden');
    // A name of its own is welcome.
    await store.call('catalogue.createCompetency', { key: 'humor', name: { nl: 'Humor', en: 'Humour' } });
  });

  it('refuses an own function template named as another template', async () => {
    store = openTestStore({ seedSample: false });
    const builtIn = await store.fail('catalogue.createFunctionTemplate', template('Casusregie', ''));
    expect(nl(builtIn.text)).toBe('Er bestaat al een functie met de naam ‘Casusregie’. Kies een andere naam.');
    await store.call('catalogue.createFunctionTemplate', template('Buurtcoach', 'Neighbourhood coach'));
    const own = await store.fail('catalogue.createFunctionTemplate', template(' BUURTCOACH', 'Other'));
    expect(own.code).toBe('conflict');
    const names = (await store.call('catalogue.get', {})).functionTemplates.map((f) => f.name.nl);
    expect(names.filter((n) => n === 'Casusregie')).toHaveLength(1);
    expect(names.filter((n) => n === 'Buurtcoach')).toHaveLength(1);
  });

  it('refuses a team role named as another, when added and when renamed, but a role keeps its own name', async () => {
    store = openTestStore({ seedSample: false });
    const roles = (await store.call('catalogue.get', {})).teamRoles;
    const [first, second] = [roles[0]!, roles[1]!];
    const added = await store.fail('catalogue.createTeamRole', { name: { nl: second.name.nl, en: '' } });
    expect(nl(added.text)).toBe(`Er bestaat al een teamrol met de naam ‘${second.name.nl}’. Kies een andere naam.`);
    const renamed = await store.fail('catalogue.updateTeamRole', {
      key: first.key,
      name: { nl: 'Iets anders', en: second.name.en },
    });
    expect(renamed.code).toBe('conflict');
    // Its own name in other letters, or only a new English name: no clash with itself.
    await store.call('catalogue.updateTeamRole', {
      key: first.key,
      name: { nl: first.name.nl.toUpperCase(), en: 'Starter' },
    });
    const after = (await store.call('catalogue.get', {})).teamRoles;
    expect(after).toHaveLength(roles.length);
    expect(after[0]!.name).toEqual({ nl: first.name.nl.toUpperCase(), en: 'Starter' });
  });
});
