import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPlannerStore } from '../../db/index.js';
import { dispatch } from '../../shared/api/dispatch.js';
import type { HrInput } from '../../shared/hr/index.js';
import { nl } from '../support/inLanguage.js';
import { syntheticHrInput } from '../unit/hr/syntheticHrInput.js';

/**
 * A data folder holding `teams` synthetic teams of `perTeam` seats (the fixed-seed
 * generator of the HR tests; three seats per team are taken by people of the previous
 * team, so 1,000 x 25 is 25,000 seats filled by 22,003 people) beside the sample
 * Voorbeeldwijk, written through the store's own plan import, then closed: the file a
 * region's HR opens.
 */
export async function hrDataDir(teams: number, perTeam = 25): Promise<{ dataDir: string; input: HrInput }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `wtp-hr-${teams}-`));
  const input = syntheticHrInput(teams, perTeam);
  const store = openPlannerStore({ dataDir, appVersion: 'bench', log: () => undefined });
  try {
    for (const entry of input.scenarios) {
      const result = await dispatch(store.handlers, 'plan.import', { plan: entry.plan, onConflict: 'ask' });
      if (!result.ok) throw new Error(`plan.import: ${nl(result.error.text)}`);
    }
    await store.whenIdle();
  } finally {
    store.close();
  }
  return { dataDir, input };
}
