/**
 * The two plans the cold-start profiles start on, each with the number of in-team lanes the
 * board must show: the 500 × 15 bench plan imported as a copy, or the Voorbeeldwijk sample's
 * main scenario as seeded.
 */
import type { Api } from '../../e2e/support/api.js';
import { largePlan } from './largePlan.js';

export interface StartScenario {
  scenarioId: string;
  lanes: number;
}

export async function importLarge(api: Api): Promise<StartScenario> {
  const result = await api('plan.import', { plan: largePlan(500, 15), onConflict: 'copy' });
  if (result.status !== 'imported') throw new Error('import refused');
  return { scenarioId: result.scenarioId, lanes: 15 };
}

export async function sampleScenario(api: Api): Promise<StartScenario> {
  const team = (await api('teams.list', {}))[0]!;
  const scenarioId = (team.scenarios.find((s) => s.isMain) ?? team.scenarios[0]!).id;
  const { plan } = await api('plan.get', { scenarioId });
  return { scenarioId, lanes: plan.functions.filter((f) => f.placement === 'team').length };
}
