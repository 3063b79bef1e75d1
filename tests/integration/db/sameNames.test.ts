import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, personInput, sampleTeamInput, type TestStore } from './helpers.js';
import { nl } from '../../support/inLanguage.js';

let store: TestStore;
afterEach(() => store?.close());

/** Names the user cannot tell apart: the store refuses what must be unique, with the user's words. */
describe('same names in the store', () => {
  it('refuses a second team of the same name (trimmed, without case), when made or renamed', async () => {
    store = openTestStore({ seedSample: false });
    const first = await store.call('teams.create', { ...sampleTeamInput, name: 'Wijkteam Noord' });
    const made = await store.fail('teams.create', { ...sampleTeamInput, name: ' wijkteam noord ' });
    expect(made.code).toBe('conflict');
    expect(nl(made.text)).toBe('Er is al een team met de naam ‘Wijkteam Noord’. Kies een andere naam.');

    const other = await store.call('teams.create', { ...sampleTeamInput, name: 'Wijkteam Zuid' });
    const renamed = await store.fail('teams.update', { id: other.id, name: 'Wijkteam Noord' });
    expect(renamed.code).toBe('conflict');
    // Its own name again, or another field, is no conflict.
    await store.call('teams.update', { id: first.id, name: 'Wijkteam Noord', area: 'Noord' });
    expect((await store.call('teams.list', {})).map((t) => t.name)).toEqual(['Wijkteam Noord', 'Wijkteam Zuid']);
  });

  it('refuses a function whose name another function of the scenario already reads', async () => {
    store = openTestStore({ seedSample: false });
    const team = await store.call('teams.create', { ...sampleTeamInput, functionTemplateKeys: ['caseCoordination'] });
    const scenarioId = team.scenarios[0]!.id;
    const own = { placement: 'team' as const, hoursRequired: 8, requirements: [], scenarioId };
    const twice = await store.fail('functions.create', { ...own, name: 'casusregie' });
    expect(twice.code).toBe('conflict');
    expect(nl(twice.text)).toBe(
      'Dit scenario heeft al een functie met de naam ‘casusregie’. Kies een andere naam: het vergelijken van scenario’s zoekt functies op hun naam.',
    );
    // The catalogue's Casusregie reads "Case coordination" in English: that name is taken too.
    expect((await store.fail('functions.create', { ...own, name: 'Case coordination' })).code).toBe('conflict');

    const regie = await store.call('functions.create', { ...own, name: 'Regie' });
    expect((await store.fail('functions.update', { id: regie.id, name: 'Casusregie' })).code).toBe('conflict');
    await store.call('functions.update', { id: regie.id, hoursRequired: 12 });
    // Another scenario has functions of its own.
    const variant = await store.call('scenarios.duplicate', { scenarioId, name: 'Variant' });
    const view = await store.call('plan.get', { scenarioId: variant.id });
    expect(view.plan.functions.map((f) => f.name)).toEqual(['Casusregie', 'Regie']);
  });

  it('accepts two people of the same name: they can exist, the screen warns first', async () => {
    store = openTestStore({ seedSample: false });
    await store.call('professionals.create', { ...personInput, name: 'Jan de Vries' });
    await store.call('professionals.create', { ...personInput, name: 'Jan de Vries' });
    expect((await store.call('professionals.list', {})).filter((p) => p.name === 'Jan de Vries')).toHaveLength(2);
  });
});
