import type { TestStore } from '../../integration/db/helpers.js';
import { syntheticHrInput } from './syntheticHrInput.js';

/**
 * Imports `syntheticHrInput(teams, perTeam)`'s plans into a real store through the API,
 * as a municipality's data would arrive: the HR tests' common way to fill a store.
 */
export async function importSyntheticTeams(store: TestStore, teams: number, perTeam: number): Promise<TestStore> {
  for (const entry of syntheticHrInput(teams, perTeam).scenarios) {
    await store.call('plan.import', { plan: entry.plan, onConflict: 'ask' });
  }
  return store;
}
