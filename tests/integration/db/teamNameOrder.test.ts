import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, sampleTeamInput, type TestStore } from './helpers.js';

let store: TestStore | undefined;
afterEach(() => store?.close());

/**
 * The team and scenario pickers show the store's order: it must be the app's one Dutch
 * order (`dutchOrder`), numbers by value, as HR and the board sort names, not SQLite's
 * NOCASE, which put "Wijkteam 10" before "Wijkteam 9".
 */
describe('teams.list order', () => {
  it('lists teams and variants by name with numbers by value, the main scenario first', async () => {
    store = openTestStore({ seedSample: false });
    for (const name of ['Wijkteam 10', 'wijkteam 9', 'Wijkteam 2', 'Écluse']) {
      await store.call('teams.create', { ...sampleTeamInput, name, functionTemplateKeys: ['access'] });
    }
    const [first] = await store.call('teams.list', {});
    const main = first!.scenarios[0]!;
    for (const name of ['Variant 10', 'Variant 2', 'Aanvulling']) {
      await store.call('scenarios.duplicate', { scenarioId: main.id, name });
    }

    const teams = await store.call('teams.list', {});
    expect(teams.map((t) => t.name)).toEqual(['Écluse', 'Wijkteam 2', 'wijkteam 9', 'Wijkteam 10']);
    const scenarios = teams[0]!.scenarios;
    expect(scenarios[0]!.isMain).toBe(true);
    expect(scenarios.slice(1).map((s) => s.name)).toEqual(['Aanvulling', 'Variant 2', 'Variant 10']);
    // One team read on its own (after an edit) keeps the same order.
    const renamed = await store.call('scenarios.rename', { scenarioId: scenarios[1]!.id, name: 'Variant 1' });
    const again = (await store.call('teams.list', {}))[0]!.scenarios.map((s) => s.name);
    expect(again.slice(1)).toEqual([renamed.name, 'Variant 2', 'Variant 10']);
  });
});
