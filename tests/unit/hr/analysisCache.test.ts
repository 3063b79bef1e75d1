import { afterEach, describe, expect, it } from 'vitest';
import { readScenarioPlan } from '../../../db/importExport/planExport.js';
import { readHrInput } from '../../../db/export/readHrInput.js';
import { StoreContext } from '../../../db/context.js';
import { openRawConnection } from '../../../db/connection.js';
import { ScenarioAnalysisCache } from '../../../shared/hr/analysisCache.js';
import { analyseAll } from '../../../shared/hr/index.js';
import { openTestStore, type TestStore } from '../../integration/db/helpers.js';
import { INPUT, TODAY } from './hrFixtures.js';
import { syntheticHrInput } from './syntheticHrInput.js';
import { databasePath } from '../../../db/dataDir.js';

describe('ScenarioAnalysisCache', () => {
  it('gives the analyses analyseAll gives, and redoes only the scenarios whose content changed', () => {
    const cache = new ScenarioAnalysisCache();
    const input = syntheticHrInput(5, 10);
    expect(cache.analyse(input, TODAY)).toEqual(analyseAll(input, TODAY));
    expect(cache.reused).toBe(0);
    cache.analyse(structuredClone(input), TODAY);
    expect(cache.reused).toBe(5);

    const changed = structuredClone(input);
    changed.scenarios[2]!.plan.assignments[0]!.hours += 5;
    const analyses = cache.analyse(changed, TODAY);
    expect(cache.reused).toBe(4);
    expect(analyses).toEqual(analyseAll(changed, TODAY));
  });

  it('starts afresh on another day or when the matrix columns change', () => {
    const cache = new ScenarioAnalysisCache();
    cache.analyse(INPUT, TODAY);
    cache.analyse(INPUT, '2026-11-24');
    expect(cache.reused).toBe(0);
    const withCustom = { ...INPUT, competencies: [{ key: 'custom-x', name: { nl: 'Eigen', en: 'Own' } }] };
    cache.analyse(withCustom, '2026-11-24');
    expect(cache.reused).toBe(0);
    expect(cache.analyse(withCustom, '2026-11-24')).toEqual(analyseAll(withCustom, '2026-11-24'));
    expect(cache.reused).toBe(INPUT.scenarios.length);
  });
});

describe('readHrInput', () => {
  let store: TestStore | null = null;
  afterEach(() => {
    store?.close();
    store = null;
  });

  it('takes each scenario exactly as the plan export reads it, the pool read once', async () => {
    store = openTestStore();
    for (const entry of syntheticHrInput(3, 12).scenarios) {
      await store.call('plan.import', { plan: entry.plan, onConflict: 'ask' });
    }
    const teams = await store.call('teams.list', {});
    await store.call('scenarios.duplicate', { scenarioId: teams[0]!.scenarios[0]!.id, name: 'Variant' });
    const dataDir = store.dataDir;
    await store.whenIdle();
    store.close();
    store = null;
    // The store holds the file's lock; the repositories run on a plain connection once it is closed.
    const db = openRawConnection(databasePath(dataDir));
    try {
      const ctx = new StoreContext(db, () => new Date());
      const input = readHrInput(ctx, true);
      expect(input.scenarios).toHaveLength(teams.length + 1);
      for (const entry of input.scenarios) {
        const { exportedAt: _exportedAt, ...plan } = readScenarioPlan(
          ctx,
          entry.scenarioId,
          'membersOnly',
          'file',
        ).plan;
        expect(entry.plan).toEqual(plan);
      }
    } finally {
      db.close();
    }
  });
});
