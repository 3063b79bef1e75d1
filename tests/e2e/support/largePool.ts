import type { Page } from '@playwright/test';
import type { TeamPlanInput } from '../../../shared/plan/planSchema.js';
import type { PlannerFixture } from './fixtures.js';
import { dutchOrder } from '../../../shared/hr/dutchOrder.js';

/** The plan's person last in the pool's name order: the card furthest from the first frame. */
export function lastByName(plan: TeamPlanInput): string {
  return plan.professionals
    .map((p) => p.name)
    .sort(dutchOrder)
    .at(-1)!;
}

/**
 * Imports a large plan beside the sample and makes its scenario the one the next start
 * opens (the caller reloads when it wants). Returns the pool's size: everyone in the data
 * file, the plan's people and the sample's own.
 */
export async function importAsLastScenario(page: Page, planner: PlannerFixture, plan: TeamPlanInput): Promise<number> {
  // The first start remembers the team it opened as the last scenario; under load it can do so
  // after the line below has set ours, and the reload then opened the sample. Wait for it first.
  await page.waitForFunction(() => window.localStorage.getItem('wtp.lastScenario') !== null);
  const result = await planner.api('plan.import', { plan, onConflict: 'copy' });
  if (result.status !== 'imported') throw new Error('import refused');
  await page.evaluate((id) => window.localStorage.setItem('wtp.lastScenario', id), result.scenarioId);
  return (await planner.api('professionals.list', {})).length;
}
