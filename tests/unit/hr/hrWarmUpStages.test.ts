import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as AnalyseModule from '../../../shared/hr/analyseScenario.js';
import type * as PoolModule from '../../../db/export/readHrPool.js';
import type * as ScenariosModule from '../../../db/export/readHrScenarios.js';
import { HrAnalysesStore } from '../../../db/export/hrAnalyses.js';
import { analyseScenario } from '../../../shared/hr/analyseScenario.js';
import { HR_LIST_PREVIEW } from '../../../shared/hr/apiSchemas.js';
import { HR_FIRST_ROWS } from '../../../shared/hr/firstRows.js';
import { buildHrOverview, EMPTY_HR_FILTER, type HrOptions } from '../../../shared/hr/index.js';
import { options, TODAY } from './hrFixtures.js';
import { summariseOverview } from '../../../shared/hr/summary.js';
import { readHrPool } from '../../../db/export/readHrPool.js';
import { listHrScenarios } from '../../../db/export/readHrScenarios.js';
import { importSyntheticTeams } from './importSyntheticTeams.js';
import { openTestStore, type TestStore } from '../../integration/db/helpers.js';

/**
 * A visit to the HR screen at every moment of the store's idle warm-up (db/export/hrWarmUp.ts):
 * before it starts, between each of its steps (the first visit's first rows read and
 * analysed a slice per row, the whole read in four steps, the summary made ahead), after
 * it, and after a write while it runs. Each time
 * the summary and every row's cells are exactly those of a fresh `buildHrOverview`, and
 * nothing is read or analysed twice: the request takes over what the warm-up has done
 * (the read in steps included) and the warm-up then goes on from what the request did.
 */

// Counted where HR's read and analyses call them (other modules' calls go through these mocks).
vi.mock('../../../shared/hr/analyseScenario.js', async (original) => {
  const actual = await original<typeof AnalyseModule>();
  return { ...actual, analyseScenario: vi.fn(actual.analyseScenario) };
});
vi.mock('../../../db/export/readHrPool.js', async (original) => {
  const actual = await original<typeof PoolModule>();
  return { ...actual, readHrPool: vi.fn(actual.readHrPool) };
});
vi.mock('../../../db/export/readHrScenarios.js', async (original) => {
  const actual = await original<typeof ScenariosModule>();
  return { ...actual, listHrScenarios: vi.fn(actual.listHrScenarios) };
});

const TEAMS = 6;
/** The synthetic teams and the sample's three scenarios. */
const SCENARIOS = TEAMS + 3;
/**
 * The warm-up's steps: first the first visit's first rows (all nine rows here: read on
 * their own, then a slice per row, slices of no time), then the whole read in four, one
 * slice that finds every scenario analysed already (MADE: the analyses all made), the
 * summary, the first rows' explanations (STEPS: done).
 */
const FIRST_ROWS_MADE = 1 + SCENARIOS;
const MADE = FIRST_ROWS_MADE + 4 + 1;
const STEPS = MADE + 1 + 1;

const counted = {
  analyses: () => vi.mocked(analyseScenario).mock.calls.length,
  /** Whole reads of the pool (a read after a write asks for named people only). */
  poolReads: () => vi.mocked(readHrPool).mock.calls.filter(([, people]) => people == null).length,
  /** Listings of every team's scenarios (the read's teams step, the first rows' own read). */
  listings: () => vi.mocked(listHrScenarios).mock.calls.length,
};

let dataDir = '';
beforeAll(async () => {
  const seeding = await importSyntheticTeams(openTestStore({ hrWarmUp: false }), TEAMS, 12);
  await seeding.whenIdle();
  seeding.close();
  dataDir = seeding.dataDir;
});

let store: TestStore | null = null;
afterEach(() => {
  store?.close();
  store = null;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A store on the seeded file whose warm-up has taken `steps` steps (its timers faked, advanced by hand). */
function storeAfter(steps: number): { s: TestStore; answers: unknown[]; runRest: () => unknown[] } {
  vi.clearAllMocks();
  const warmUp = vi.spyOn(HrAnalysesStore.prototype, 'warmUpStep');
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate'] });
  const s = openTestStore({
    dataDir,
    hrWarmUp: { delayMs: 0, sliceMs: 0 },
    now: () => new Date(`${TODAY}T10:00:00`),
  });
  store = s;
  for (let i = 0; i < steps; i += 1) vi.advanceTimersToNextTimer();
  const answers = () => warmUp.mock.results.map((r) => r.value as unknown);
  return {
    s,
    answers: answers(),
    runRest: () => {
      for (let i = 0; i < 100 && !['done', 'written'].includes(String(answers().at(-1))); i += 1) {
        vi.advanceTimersToNextTimer();
      }
      return answers();
    },
  };
}

/** The summary and every row's cells as a fresh computation over the store's own raw data gives them. */
async function fresh(s: TestStore) {
  const input = await s.call('hr.overview', { includeScenarios: true });
  const overview = buildHrOverview(input, options());
  return {
    summary: JSON.parse(JSON.stringify(summariseOverview(overview, [], HR_LIST_PREVIEW))) as unknown,
    cells: JSON.parse(
      JSON.stringify(overview.rows.map((r) => ({ scenarioId: r.scenarioId, cells: r.cells }))),
    ) as unknown,
  };
}

/** Waits for `call` while running the faked timers: the warm-up's and the request's own slices, interleaved. */
async function withTimers<T>(call: Promise<T>): Promise<T> {
  let settled = false;
  const done = call.finally(() => (settled = true));
  for (let i = 0; i < 1000 && !settled; i += 1) await vi.advanceTimersToNextTimerAsync();
  return done;
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/**
 * What the screen asks on its first visit: the matrix's first rows, the whole summary,
 * then the cells of its rows; the first rows' cells before the whole is made too.
 */
async function visit(s: TestStore, firstRows = 4) {
  const first = await s.call('hr.summary', { today: TODAY, firstRows });
  const earlyCells = await s.call('hr.cells', { today: TODAY, scenarioIds: first.rows.map((r) => r.scenarioId) });
  const summary = await withTimers(s.call('hr.summary', { today: TODAY }));
  const cells = await s.call('hr.cells', { today: TODAY, scenarioIds: summary.rows.map((r) => r.scenarioId) });
  return { first: json(first), earlyCells: json(earlyCells), summary: json(summary), cells: json(cells) };
}

/** What the first visit must have seen: the whole's first rows (or the whole at once), then the whole. */
function expectSeen(seen: Awaited<ReturnType<typeof visit>>, expected: Awaited<ReturnType<typeof fresh>>) {
  const whole = expected.summary as { competencies: unknown; areas: unknown; rows: unknown[] };
  const first = seen.first as { firstRowsOf?: number; rows: unknown[] };
  if (first.firstRowsOf === undefined) expect(first).toEqual(whole);
  else {
    expect(first.firstRowsOf).toBe(whole.rows.length);
    expect(first.rows).toEqual(whole.rows.slice(0, first.rows.length));
    expect(first).toMatchObject({ competencies: whole.competencies, areas: whole.areas });
  }
  expect(seen.earlyCells).toEqual((expected.cells as unknown[]).slice(0, first.rows.length));
  expect(seen.summary).toEqual(expected.summary);
  expect(seen.cells).toEqual(expected.cells);
}

describe('a first HR visit at every stage of the warm-up', () => {
  it('takes the steps this test walks through', () => {
    const { runRest } = storeAfter(0);
    expect(runRest()).toEqual([...Array<string>(STEPS - 1).fill('more'), 'done']);
  });

  for (let steps = 0; steps <= STEPS; steps += 1) {
    for (const firstRows of [4, HR_FIRST_ROWS]) {
      it(`after ${steps} of ${STEPS} steps, ${firstRows} first rows: a fresh overview's answers, nothing read or analysed twice`, async () => {
        const { s, answers, runRest } = storeAfter(steps);
        expect(answers).toHaveLength(steps);
        const seen = await visit(s, firstRows);
        // Until the analyses are all made, the matrix's first rows come on their own.
        expect((seen.first as { firstRowsOf?: number }).firstRowsOf !== undefined).toBe(steps < MADE);
        // Once each: one whole read of the pool, one analysis per scenario, whoever did it; the
        // first rows read on their own once (by the warm-up, or by the visit before it began:
        // the teams' listing once more and their members' part of the pool), the fewer rows
        // the test asks for taken from the warm-up's.
        expect(counted.poolReads()).toBe(1);
        expect(counted.listings()).toBe(2);
        expect(counted.analyses()).toBe(SCENARIOS);
        // The warm-up goes on from there (or was done) and does none of it again.
        expect(runRest().at(-1)).toBe('done');
        expect(counted.poolReads()).toBe(1);
        expect(counted.listings()).toBe(2);
        expect(counted.analyses()).toBe(SCENARIOS);
        vi.useRealTimers();
        expectSeen(seen, await fresh(s));
      });
    }
  }

  it("answers the screen's first question from the first rows made ahead, reading and analysing nothing", async () => {
    const { s, runRest } = storeAfter(FIRST_ROWS_MADE);
    const before = { listings: counted.listings(), analyses: counted.analyses() };
    // What the screen sends (renderer/hr/HrStore.ts), on the store's day.
    const first = await s.call('hr.summary', {
      today: TODAY,
      assessmentMonths: 24,
      includeScenarios: false,
      filter: { ...EMPTY_HR_FILTER },
      fullLists: [],
      source: 'local',
      firstRows: HR_FIRST_ROWS,
    });
    expect({ listings: counted.listings(), analyses: counted.analyses() }).toEqual(before);
    expect(first.firstRowsOf).toBe(SCENARIOS);
    expect(runRest().at(-1)).toBe('done');
    vi.useRealTimers();
    const whole = (await fresh(s)).summary as { rows: unknown[] };
    expect(json(first.rows)).toEqual(whole.rows);
  });

  for (const steps of [1, 3, FIRST_ROWS_MADE, FIRST_ROWS_MADE + 2, MADE]) {
    it(`after ${steps} steps and a write meanwhile: the write shows, one scenario analysed again at most`, async () => {
      const { s, runRest } = storeAfter(steps);
      const team = (await s.call('teams.list', {})).find((t) => !t.isSample)!;
      const { plan } = await s.call('plan.get', { scenarioId: team.scenarios[0]!.id });
      const assignment = plan.assignments[0]!;
      await s.call('assignments.set', { ...assignment, hours: assignment.hours + 5 });
      const seen = await visit(s);
      // Once the analyses were made, the read after the write is cheap: the whole summary at once.
      expect((seen.first as { firstRowsOf?: number }).firstRowsOf !== undefined).toBe(steps < MADE);
      expect(counted.poolReads()).toBe(1);
      expect(counted.analyses()).toBeLessThanOrEqual(SCENARIOS + 1);
      expect(runRest().at(-1)).toBe('done');
      expect(counted.analyses()).toBeLessThanOrEqual(SCENARIOS + 1);
      vi.useRealTimers();
      const expected = await fresh(s);
      expectSeen(seen, expected);
      // And the summary the warm-up made ahead afterwards is that one too.
      expect(JSON.parse(JSON.stringify(await s.call('hr.summary', { today: TODAY })))).toEqual(expected.summary);
    });
  }
});

describe("the matrix's first rows read on their own", () => {
  it("are the whole summary's first rows, its columns and areas, for a filter, the variants and any count", async () => {
    const s = openTestStore({ dataDir, hrWarmUp: false });
    store = s;
    const teams = await s.call('teams.list', {});
    const synthetic = teams.filter((t) => !t.isSample);
    await s.call('scenarios.duplicate', { scenarioId: synthetic[2]!.scenarios[0]!.id, name: 'Variant' });
    const input = await s.call('hr.overview', { includeScenarios: true });
    const area = synthetic[1]!.area;
    const asks = [
      { firstRows: 2 },
      { firstRows: 500 },
      { firstRows: 3, includeScenarios: true },
      { firstRows: 1, filter: { ...EMPTY_HR_FILTER, area } },
      { firstRows: 4, filter: { ...EMPTY_HR_FILTER, model: 'A2' } },
    ] satisfies (Partial<HrOptions> & { firstRows: number })[];
    for (const ask of asks) {
      // A fresh store each time: nothing read yet, so the first rows are read on their own.
      store.close();
      const fresh = openTestStore({ dataDir, hrWarmUp: false });
      store = fresh;
      vi.clearAllMocks();
      const first = await fresh.call('hr.summary', { today: TODAY, ...ask });
      // Not the whole pool: only the members of those rows.
      expect(counted.poolReads()).toBe(0);
      const whole = json(
        summariseOverview(
          buildHrOverview(
            input,
            options({ includeScenarios: ask.includeScenarios ?? false, filter: ask.filter ?? EMPTY_HR_FILTER }),
          ),
          [],
          HR_LIST_PREVIEW,
        ),
      ) as { competencies: unknown; areas: unknown; rows: unknown[] };
      expect(first.firstRowsOf, JSON.stringify(ask)).toBe(whole.rows.length);
      expect(json(first.rows), JSON.stringify(ask)).toEqual(whole.rows.slice(0, ask.firstRows));
      expect(json(first.competencies)).toEqual(whole.competencies);
      expect(first.areas).toEqual(whole.areas);
    }
  });
});
