import { afterEach, describe, expect, it } from 'vitest';
import { readScenarioPlan } from '../../../db/importExport/planExport.js';
import { readHrInput } from '../../../db/export/readHrInput.js';
import { StoreContext } from '../../../db/context.js';
import { openRawConnection } from '../../../db/connection.js';
import { ScenarioAnalysisCache } from '../../../shared/hr/analysisCache.js';
import { analyseAll } from '../../../shared/hr/index.js';
import { importSyntheticTeams } from './importSyntheticTeams.js';
import { openTestStore, type TestStore } from '../../integration/db/helpers.js';
import { INPUT } from './hrFixtures.js';
import { syntheticHrInput } from './syntheticHrInput.js';
import { databasePath } from '../../../db/dataDir.js';

describe('ScenarioAnalysisCache', () => {
  it('gives the analyses analyseAll gives, and redoes only the scenarios whose content changed', () => {
    const cache = new ScenarioAnalysisCache();
    const input = syntheticHrInput(5, 10);
    expect(cache.analyse(input)).toEqual(analyseAll(input));
    expect(cache.reused).toBe(0);
    cache.analyse(structuredClone(input));
    expect(cache.reused).toBe(5);

    const changed = structuredClone(input);
    changed.scenarios[2]!.plan.assignments[0]!.hours += 5;
    const analyses = cache.analyse(changed);
    expect(cache.reused).toBe(4);
    expect(analyses).toEqual(analyseAll(changed));
  });

  it('starts afresh when the matrix columns change', () => {
    const cache = new ScenarioAnalysisCache();
    cache.analyse(INPUT);
    const withCustom = { ...INPUT, competencies: [{ key: 'custom-x', name: { nl: 'Eigen', en: 'Own' } }] };
    cache.analyse(withCustom);
    expect(cache.reused).toBe(0);
    expect(cache.analyse(structuredClone(withCustom))).toEqual(analyseAll(withCustom));
    expect(cache.reused).toBe(INPUT.scenarios.length);
    // Vakkennis a function newly asks for is a new column of every team's row.
    const withExpertise = structuredClone(withCustom);
    withExpertise.scenarios[0]!.plan.functions.find((f) => f.placement === 'team')!.expertise.push({
      expertise: 'newKnowledge',
      level: 2,
      minPeople: 1,
      scope: 'team',
    });
    expect(cache.analyse(withExpertise)).toEqual(analyseAll(withExpertise));
    expect(cache.reused).toBe(0);
  });

  it('prepares the analyses in slices; analyse then takes every one from the cache', () => {
    const cache = new ScenarioAnalysisCache();
    const input = syntheticHrInput(5, 10);
    // Two scenarios per slice: the first is analysed without asking, `enough` is asked after each.
    let inSlice = 0;
    const slices: boolean[] = [];
    for (let done = false; !done;) {
      inSlice = 1;
      done = cache.prepare(input, () => inSlice++ >= 2);
      slices.push(done);
    }
    expect(slices).toEqual([false, false, true]);
    expect(cache.analyse(input)).toEqual(analyseAll(input));
    expect(cache.reused).toBe(5);
    // A scenario changed after it was prepared is analysed again.
    const changed = structuredClone(input);
    changed.scenarios[4]!.plan.assignments[0]!.hours += 3;
    expect(cache.prepare(changed, () => false)).toBe(true);
    expect(cache.analyse(changed)).toEqual(analyseAll(changed));
    expect(cache.reused).toBe(5);
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
    await importSyntheticTeams(store, 3, 12);
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
