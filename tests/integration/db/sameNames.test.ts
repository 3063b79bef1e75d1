import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { firstFreeName, nameKey } from '../../../shared/domain/sameName.js';
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

  it('refuses a scenario of a name the team has (trimmed, without case), when made, copied, composed or renamed', async () => {
    store = openTestStore({ seedSample: false });
    const team = await store.call('teams.create', sampleTeamInput);
    const main = team.scenarios[0]!;
    const variant = await store.call('scenarios.duplicate', { scenarioId: main.id, name: 'Variant A' });

    const copied = await store.fail('scenarios.duplicate', { scenarioId: main.id, name: ' variant a ' });
    expect(copied.code).toBe('conflict');
    // The message names the scenario that has the name, as the user sees it in the list.
    expect(nl(copied.text)).toBe('Dit team heeft al een scenario met de naam ‘Variant A’. Kies een andere naam.');
    const composed = await store.fail('compose.apply', { scenarioId: main.id, name: 'VARIANT A', assignments: [] });
    expect(composed.code).toBe('conflict');
    const renamed = await store.fail('scenarios.rename', { scenarioId: main.id, name: 'variant a' });
    expect(nl(renamed.text)).toBe('Dit team heeft al een scenario met de naam ‘Variant A’. Kies een andere naam.');

    // Its own name in other letters is no conflict; another team's scenarios are its own.
    await store.call('scenarios.rename', { scenarioId: variant.id, name: 'variant a' });
    const other = await store.call('teams.create', { ...sampleTeamInput, name: 'Wijkteam Elders' });
    await store.call('scenarios.duplicate', { scenarioId: other.scenarios[0]!.id, name: 'Variant A' });
    const names = (await store.call('teams.list', {})).find((t) => t.id === team.id)!.scenarios.map((s) => s.name);
    expect(names.sort()).toEqual(['Hoofdscenario', 'variant a']);
  });

  it('renames a former main scenario to a free name by the same rule', async () => {
    store = openTestStore({ seedSample: false });
    const team = await store.call('teams.create', sampleTeamInput);
    const main = team.scenarios[0]!;
    await store.call('scenarios.duplicate', { scenarioId: main.id, name: 'vorig hoofdscenario' });
    const next = await store.call('scenarios.duplicate', { scenarioId: main.id, name: 'Plan B' });
    await store.call('scenarios.adopt', { scenarioId: next.id });
    const names = (await store.call('teams.list', {})).find((t) => t.id === team.id)!.scenarios.map((s) => s.name);
    expect(names).toContain('Vorig hoofdscenario 2');
  });

  it('names a team imported as a copy by a free name: "(kopie)", then "(kopie 2)", and says which', async () => {
    store = openTestStore({ seedSample: false });
    const team = await store.call('teams.create', { ...sampleTeamInput, name: 'Wijkteam Zuid' });
    const plan = await store.call('plan.export', { scenarioId: team.scenarios[0]!.id, includePool: false });
    const first = await store.call('plan.import', { plan, onConflict: 'copy' });
    const second = await store.call('plan.import', { plan, onConflict: 'copy' });
    // A team renamed by hand in other letters still has the name.
    await store.call('teams.create', { ...sampleTeamInput, name: 'wijkteam zuid (KOPIE 3)' });
    const fourth = await store.call('plan.import', { plan, onConflict: 'copy' });
    expect([first, second, fourth].map((r) => (r.status === 'imported' ? r.teamName : r.status))).toEqual([
      'Wijkteam Zuid (kopie)',
      'Wijkteam Zuid (kopie 2)',
      'Wijkteam Zuid (kopie 4)',
    ]);
    const names = (await store.call('teams.list', {})).map((t) => nameKey(t.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives an imported team a free name when another team already has its name, and keeps it when replacing itself', async () => {
    store = openTestStore({ seedSample: false });
    const theirs = await store.call('teams.create', { ...sampleTeamInput, name: 'Wijkteam Noord' });
    const plan = await store.call('plan.export', { scenarioId: theirs.scenarios[0]!.id, includePool: false });
    // Another municipality's file: another team (its own id) of the same name as one here.
    await store.call('teams.delete', { id: theirs.id });
    await store.call('teams.create', { ...sampleTeamInput, name: ' wijkteam NOORD' });
    const imported = await store.call('plan.import', { plan, onConflict: 'ask' });
    expect(imported.status === 'imported' && imported.teamName).toBe('Wijkteam Noord (2)');
    // Replacing that team by the same file again keeps the name it was given: it is no other team.
    const again = await store.call('plan.import', {
      plan: { ...plan, team: { ...plan.team, name: 'Wijkteam Noord (2)' } },
      onConflict: 'replace',
    });
    expect(again.status === 'imported' && again.teamName).toBe('Wijkteam Noord (2)');
    const names = (await store.call('teams.list', {})).map((t) => nameKey(t.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it('chooses a name that no taken name has by the rule, whatever the names taken', () => {
    const variants = fc.constantFrom('Plan B', 'plan b', ' PLAN B ', 'Plan B 2', 'plan b 3', 'Plan', 'Ĳsselmeer');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(variants, fc.string()), { maxLength: 12 }),
        fc.constantFrom('Plan B', 'Ĳsselmeer'),
        (taken, base) => {
          const chosen = firstFreeName(taken, (n) => (n === 1 ? base : `${base} ${n}`));
          expect(taken.map(nameKey)).not.toContain(nameKey(chosen));
          // The first free one: every earlier candidate is taken.
          const n = chosen === base ? 1 : Number(chosen.slice(base.length + 1));
          for (let k = 1; k < n; k += 1) expect(taken.map(nameKey)).toContain(nameKey(k === 1 ? base : `${base} ${k}`));
        },
      ),
    );
  });

  it('accepts two people of the same name: they can exist, the screen warns first', async () => {
    store = openTestStore({ seedSample: false });
    await store.call('professionals.create', { ...personInput, name: 'Jan de Vries' });
    await store.call('professionals.create', { ...personInput, name: 'Jan de Vries' });
    expect((await store.call('professionals.list', {})).filter((p) => p.name === 'Jan de Vries')).toHaveLength(2);
  });
});
