import { chromium, type Browser } from '@playwright/test';
import type { Api } from '../../e2e/support/api.js';
import { largePlan } from './largePlan.js';

/**
 * Debian's Chromium as the UI benches start it: no sandbox and no GPU (this machine has
 * neither), and none of the background traffic that would land inside a measurement.
 */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a bench drags: the imported 500 × 15 plan's scenario, the people outside it and its functions. */
export interface DropSetup {
  scenarioId: string;
  people: string[];
  functions: string[];
  poolSize: number;
}

/** Imports `largePlan(500, 15)` (fixed seed) as a copy and names who and where the drops go. */
export async function importLargePlan(api: Api): Promise<DropSetup> {
  const plan = largePlan(500, 15);
  const result = await api('plan.import', { plan, onConflict: 'copy' });
  if (result.status !== 'imported') throw new Error('bench: import refused');
  const members = new Set(plan.assignments.map((a) => a.professionalId));
  return {
    scenarioId: result.scenarioId,
    people: plan.professionals.filter((p) => !members.has(p.id)).map((p) => p.name),
    functions: plan.functions.map((f) => f.name),
    poolSize: plan.professionals.length,
  };
}
