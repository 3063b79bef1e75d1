import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXPERTISE_KEYS } from '../../../shared/catalogue/expertise.js';
import { ScenarioAnalysisCache } from '../../../shared/hr/analysisCache.js';
import { HR_LIST_PREVIEW } from '../../../shared/hr/apiSchemas.js';
import { buildHrOverview } from '../../../shared/hr/index.js';
import { options, TODAY } from './hrFixtures.js';
import { summariseOverview } from '../../../shared/hr/summary.js';
import { importSyntheticTeams } from './importSyntheticTeams.js';
import { openTestStore, sampleTeamInput, type TestStore } from '../../integration/db/helpers.js';

/**
 * HR after every kind of write (db/export/updateHrRead.ts): the store reads again only
 * what the write touched and keeps the other scenarios' analyses, and each time the
 * summary, the full lists and the cells equal a fresh computation (`buildHrOverview`) over
 * a whole read of the store (`hr.overview`). Never a wrong answer from kept data.
 */
let store: TestStore | null = null;
afterEach(() => {
  store?.close();
  store = null;
  vi.restoreAllMocks();
});

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * How many analyses the store's caches have made so far, however they were asked for (a
 * request that finds them not made prepares them in slices, then assembles them).
 */
function watchMade(): () => number {
  const caches = new Set<ScenarioAnalysisCache>();
  for (const method of ['analyse', 'prepare', 'analyseSome'] as const) {
    const original = ScenarioAnalysisCache.prototype[method] as (...args: unknown[]) => unknown;
    vi.spyOn(ScenarioAnalysisCache.prototype, method).mockImplementation(function (
      this: ScenarioAnalysisCache,
      ...args: unknown[]
    ) {
      caches.add(this);
      return original.apply(this, args) as never;
    });
  }
  return () => [...caches].reduce((sum, cache) => sum + cache.made, 0);
}

/** The store's summary, full lists and cells against a fresh computation over a whole read. */
async function expectFresh(s: TestStore, today = TODAY): Promise<void> {
  const input = await s.call('hr.overview', { includeScenarios: true });
  for (const patch of [{ today }, { today, includeScenarios: true }, { today, assessmentMonths: 6 }]) {
    const overview = buildHrOverview(input, options(patch));
    const summary = await s.call('hr.summary', { ...patch, fullLists: [] });
    expect(summary).toEqual(plain(summariseOverview(overview, [], HR_LIST_PREVIEW)));
    const full = await s.call('hr.summary', {
      ...patch,
      fullLists: ['overAllocated', 'assessments', 'singlePerson', 'advice'],
    });
    expect(full).toEqual(
      plain(summariseOverview(overview, ['overAllocated', 'assessments', 'singlePerson', 'advice'], HR_LIST_PREVIEW)),
    );
  }
  const overview = buildHrOverview(input, options({ includeScenarios: true }));
  const cells = await s.call('hr.cells', { today, scenarioIds: overview.rows.map((r) => r.scenarioId) });
  for (const row of overview.rows) {
    expect(cells.find((c) => c.scenarioId === row.scenarioId)!.cells).toEqual(plain(row.cells));
  }
}

describe('HR after a write', () => {
  it('equals a fresh computation after each kind of write, and analyses again only what the write touched', async () => {
    const s = await importSyntheticTeams(openTestStore({ hrWarmUp: false }), 4, 12);
    store = s;
    const teams = await s.call('teams.list', {});
    const synthetic = teams.filter((t) => !t.isSample);
    const variant = await s.call('scenarios.duplicate', {
      scenarioId: synthetic[1]!.scenarios[0]!.id,
      name: 'Variant',
    });
    const scenarioCount = teams.reduce((n, t) => n + t.scenarios.length, 0) + 1;
    const made = watchMade();
    let madeBefore = 0;
    /** Analyses made by the last `expectFresh` (by the store; the fresh computation is not counted). */
    const lastMade = () => made() - madeBefore;
    const fresh = async (today?: string) => {
      madeBefore = made();
      await expectFresh(s, today);
    };
    await fresh();
    expect(lastMade()).toBe(scenarioCount);

    const plan = (await s.call('plan.get', { scenarioId: synthetic[0]!.scenarios[0]!.id })).plan;
    const assignment = plan.assignments[0]!;

    // An assignment: that scenario only.
    await s.call('assignments.set', { ...assignment, hours: assignment.hours + 7 });
    await fresh();
    expect(lastMade()).toBe(1);

    // A requirement: that scenario only.
    const fn = plan.functions.find((f) => f.placement === 'team')!;
    await s.call('requirements.set', {
      functionId: fn.id,
      requirements: [...fn.requirements.slice(1), { competency: 'coaching', level: 4, minPeople: 3 }],
    });
    await fresh();
    expect(lastMade()).toBe(1);

    // A rating and a contract of someone in two teams (the synthetic teams share three
    // people with the team before): every scenario they are in, also the variant.
    const whole = await s.call('hr.overview', { includeScenarios: true });
    const shared = plan.professionals.find(
      (p) => whole.scenarios.filter((e) => e.plan.professionals.some((q) => q.id === p.id)).length > 1,
    )!;
    const [ratedKey] = Object.keys(shared.ratings);
    await s.call('professionals.setRating', { professionalId: shared.id, competency: ratedKey!, level: 0 });
    await fresh();
    await s.call('professionals.update', { id: shared.id, contractHours: 4 });
    await fresh();
    const overview = await s.call('hr.summary', { today: TODAY, fullLists: ['overAllocated'] });
    expect(overview.overAllocated.map((p) => p.professionalId)).toContain(shared.id);

    // A new name moves the person in the pool's order, and in each of their teams' lists.
    await s.call('professionals.update', { id: shared.id, name: 'Aaaa Eerst' });
    await fresh();

    // Someone in no team: the pool changes (assessments), no scenario.
    await s.call('professionals.create', {
      name: 'Nog Zonder Team',
      discipline: 'socialWorker',
      organisation: 'Welzijn Test',
      binding: 'functional',
      contractHours: 24,
      ratings: { empathy: 2 },
      expertise: [],
      assessedOn: null,
    });
    await fresh();
    expect(lastMade()).toBe(0);

    // The day: analyses kept, the assessments judged against the new day.
    await fresh('2029-02-01');

    // Vakkennis a function newly asks for: a new column in every row, so all analysed again.
    const asked = new Set(
      whole.scenarios.flatMap((e) => e.plan.functions.flatMap((f) => f.expertise)).map((e) => e.expertise),
    );
    const newKey = EXPERTISE_KEYS.find((key) => !asked.has(key))!;
    await s.call('functions.update', {
      id: fn.id,
      expertise: [...fn.expertise, { expertise: newKey, level: 2, minPeople: 1, scope: 'team' }],
    });
    await fresh();
    expect(lastMade()).toBe(scenarioCount);

    // The catalogue: every plan read again, a new column.
    await s.call('catalogue.createCompetency', {
      key: 'buurtkennis',
      name: { nl: 'Buurtkennis', en: 'Local knowledge' },
    });
    await fresh();
    await s.call('requirements.set', {
      functionId: fn.id,
      requirements: [{ competency: 'buurtkennis', level: 2, minPeople: 1 }],
    });
    await fresh();

    // Team roles are in every plan.
    await s.call('catalogue.createTeamRole', { name: { nl: 'Bruggenbouwer', en: 'Bridge builder' } });
    await fresh();

    // The variant becomes the main scenario, is renamed; a person leaves for good; a team is removed.
    await s.call('scenarios.adopt', { scenarioId: variant.id });
    await fresh();
    await s.call('scenarios.rename', { scenarioId: synthetic[1]!.scenarios[0]!.id, name: 'Oud' });
    await fresh();
    await s.call('professionals.delete', { id: plan.professionals[1]!.id });
    await fresh();
    await s.call('teams.delete', { id: synthetic[2]!.id });
    await fresh();
    const rows = (await s.call('hr.summary', { today: TODAY })).rows.map((r) => r.teamId);
    expect(rows).not.toContain(synthetic[2]!.id);
    // A team arrives.
    await s.call('teams.create', { ...sampleTeamInput, functionTemplateKeys: [] });
    await fresh();
  });
});
