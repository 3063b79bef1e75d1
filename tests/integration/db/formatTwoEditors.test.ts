import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, personInput, sampleTeamInput, type TestStore } from './helpers.js';
import { nl } from '../../support/inLanguage.js';

let store: TestStore;
afterEach(() => store?.close());

async function newFunction(s: TestStore) {
  const team = await s.call('teams.create', sampleTeamInput);
  return s.call('functions.create', {
    scenarioId: team.scenarios[0]!.id,
    templateKey: null,
    name: 'Jeugd en gezin',
    placement: 'team',
    hoursRequired: 16,
    requirements: [],
  });
}

describe("the organisation's team roles in the store", () => {
  it('lists the default set in the catalogue, adds a role with a key made from its Dutch name, and renames it', async () => {
    store = openTestStore({ seedSample: false });
    const before = await store.call('catalogue.get', {});
    expect(before.teamRoles.map((r) => r.key)).toEqual([
      'driver',
      'connector',
      'ideas',
      'organiser',
      'finisher',
      'critic',
    ]);

    const added = await store.call('catalogue.createTeamRole', { name: { nl: ' Bruggenbouwer ', en: '' } });
    expect(added).toEqual({ key: 'bruggenbouwer', name: { nl: 'Bruggenbouwer', en: 'Bruggenbouwer' } });
    // The same name again is refused (catalogueNames.test.ts); another name with the same key gets the next one.
    expect((await store.fail('catalogue.createTeamRole', { name: { nl: 'bruggenbouwer', en: '' } })).code).toBe(
      'conflict',
    );
    const again = await store.call('catalogue.createTeamRole', {
      name: { nl: 'Bruggenbouwer!', en: 'Bridge builder' },
    });
    expect(again.key).toBe('bruggenbouwer-2');

    await store.call('catalogue.updateTeamRole', {
      key: 'bruggenbouwer',
      name: { nl: 'Verbindingsofficier', en: 'Liaison' },
    });
    const after = await store.call('catalogue.get', {});
    expect(after.teamRoles.at(-2)).toEqual({
      key: 'bruggenbouwer',
      name: { nl: 'Verbindingsofficier', en: 'Liaison' },
    });
  });

  it('removes a role together with every rating on it in one write, and can bring both back', async () => {
    store = openTestStore({ seedSample: false });
    const anna = await store.call('professionals.create', {
      ...personInput,
      name: 'Anna',
      teamRoles: { driver: 3, critic: 1 },
    });
    const bram = await store.call('professionals.create', { ...personInput, name: 'Bram', teamRoles: { critic: 4 } });

    const removed = await store.call('catalogue.deleteTeamRole', { key: 'critic' });
    expect(removed).toEqual({ removedRatings: { [anna.id]: 1, [bram.id]: 4 }, position: 5 });
    const people = await store.call('professionals.list', {});
    expect(people.find((p) => p.id === anna.id)!.teamRoles).toEqual({ driver: 3 });
    expect(people.find((p) => p.id === bram.id)!.teamRoles).toEqual({});
    expect((await store.call('catalogue.get', {})).teamRoles.map((r) => r.key)).not.toContain('critic');

    // A rating on a role that is no longer in the set is refused with a Dutch message.
    const refused = await store.fail('professionals.update', { id: bram.id, teamRoles: { critic: 2 } });
    expect(refused.code).toBe('validation');
    expect(nl(refused.text)).toContain('onbekende teamrol ‘critic’');

    // Undo of the removal: the same key with the ratings it had.
    await store.call('catalogue.createTeamRole', {
      key: 'critic',
      name: { nl: 'Kritische toetser', en: 'Critical tester' },
      ratings: removed.removedRatings,
      position: 1,
    });
    expect((await store.call('catalogue.get', {})).teamRoles.map((r) => r.key)).toEqual([
      'driver',
      'critic',
      'connector',
      'ideas',
      'organiser',
      'finisher',
    ]);
    const restored = await store.call('professionals.list', {});
    expect(restored.find((p) => p.id === anna.id)!.teamRoles).toEqual({ driver: 3, critic: 1 });
    expect(restored.find((p) => p.id === bram.id)!.teamRoles).toEqual({ critic: 4 });
  });

  it('refuses a key that is taken and a role that does not exist, in Dutch', async () => {
    store = openTestStore({ seedSample: false });
    const taken = await store.fail('catalogue.createTeamRole', { key: 'driver', name: { nl: 'Dubbel', en: 'Double' } });
    expect(taken.code).toBe('conflict');
    expect(nl(taken.text)).toBe('Er bestaat al een teamrol ‘Aanjager’.');
    const missing = await store.fail('catalogue.deleteTeamRole', { key: 'nobody' });
    expect(missing.code).toBe('notFound');
    expect(nl(missing.text)).toContain('bestaat niet');
  });
});

describe("a function's plan-format-2 fields through functions.update", () => {
  it('keeps expertise requirements, life domains, consultation and escalation after reopening the store', async () => {
    store = openTestStore({ seedSample: false });
    const fn = await newFunction(store);
    await store.call('functions.update', {
      id: fn.id,
      expertise: [
        { expertise: 'youth', level: 3, minPeople: 2, scope: 'function' },
        { expertise: 'debt', level: 2, minPeople: 1, scope: 'team' },
      ],
      lifeDomains: ['parenting', 'safety'],
      escalation: 'Bij signalen van onveiligheid belt de jeugdconsulent binnen een dag Veilig Thuis.',
    });
    await store.call('functions.update', {
      id: fn.id,
      placement: 'shell',
      consultation: {
        organisation: 'GGZ Regio',
        contact: 'M. de Vries',
        arrangement: 'Consult op dinsdag',
        responseTime: '2 werkdagen',
      },
    });
    const dataDir = store.dataDir;
    store.close();
    store = openTestStore({ dataDir, seedSample: false });
    const teams = await store.call('teams.list', {});
    const view = await store.call('plan.get', { scenarioId: teams[0]!.scenarios[0]!.id });
    expect(view.plan.functions[0]).toMatchObject({
      placement: 'shell',
      expertise: [
        { expertise: 'youth', level: 3, minPeople: 2, scope: 'function' },
        { expertise: 'debt', level: 2, minPeople: 1, scope: 'team' },
      ],
      lifeDomains: ['parenting', 'safety'],
      consultation: {
        organisation: 'GGZ Regio',
        contact: 'M. de Vries',
        arrangement: 'Consult op dinsdag',
        responseTime: '2 werkdagen',
      },
      escalation: 'Bij signalen van onveiligheid belt de jeugdconsulent binnen een dag Veilig Thuis.',
    });
  });

  it('removes the consultation when its organisation is cleared', async () => {
    store = openTestStore({ seedSample: false });
    const fn = await newFunction(store);
    await store.call('functions.update', {
      id: fn.id,
      consultation: { organisation: 'GGZ Regio', contact: '', arrangement: '', responseTime: '' },
    });
    const cleared = await store.call('functions.update', {
      id: fn.id,
      consultation: { organisation: '  ', contact: 'M. de Vries', arrangement: '', responseTime: '' },
    });
    expect(cleared.consultation).toBeNull();
  });

  it('refuses the same expertise twice with a Dutch message naming it, and writes nothing', async () => {
    store = openTestStore({ seedSample: false });
    const fn = await newFunction(store);
    const error = await store.fail('functions.update', {
      id: fn.id,
      expertise: [
        { expertise: 'youth', level: 3, minPeople: 1, scope: 'function' },
        { expertise: 'youth', level: 2, minPeople: 1, scope: 'team' },
      ],
    });
    expect(error.code).toBe('validation');
    expect(error.details?.map((d) => d.path)).toEqual(['expertise[1].expertise']);
    expect(nl(error.details![0]!.text)).toBe('de vakkennis ‘youth’ staat er al');
    const teams = await store.call('teams.list', {});
    const view = await store.call('plan.get', { scenarioId: teams[0]!.scenarios[0]!.id });
    expect(view.plan.functions[0]!.expertise).toEqual([]);
  });
});

describe("a person's expertise with levels and team-role ratings", () => {
  it('round-trips expertise with a level and date per expertise and the team-role ratings', async () => {
    store = openTestStore({ seedSample: false });
    const p = await store.call('professionals.create', personInput);
    const updated = await store.call('professionals.update', {
      id: p.id,
      expertise: [
        { key: 'youth', level: 3, assessedOn: '2026-03-01' },
        { key: 'debt', level: 1, assessedOn: null },
      ],
      teamRoles: { connector: 4, organiser: 0 },
    });
    const listed = (await store.call('professionals.list', {})).find((x) => x.id === p.id)!;
    expect(listed).toEqual(updated);
    expect(listed.expertise).toEqual([
      { key: 'youth', level: 3, assessedOn: '2026-03-01' },
      { key: 'debt', level: 1, assessedOn: null },
    ]);
    expect(listed.teamRoles).toEqual({ connector: 4, organiser: 0 });
  });
});

describe('a leidinggevende from the pool', () => {
  it('is forgotten as leader when the person is removed from the pool, and HR still reads every team', async () => {
    const store = openTestStore();
    try {
      const teams = await store.call('teams.list', {});
      const led = teams.find((t) => t.leader?.professionalId)!;
      expect(led).toBeDefined();
      const leaderId = led.leader!.professionalId!;
      // A member-only plan (HR) may name a leader from the pool who is in no function.
      const overview = await store.call('hr.overview', {});
      expect(overview.scenarios.length).toBe(teams.length);
      await store.call('professionals.delete', { id: leaderId });
      const after = (await store.call('teams.list', {})).find((t) => t.id === led.id)!;
      expect(after.leader).toBeNull();
    } finally {
      store.close();
    }
  });
});
