import { afterEach, describe, expect, it, vi } from 'vitest';
import { HrAnalysesStore } from '../../../db/export/hrAnalyses.js';
import { startHrWarmUp } from '../../../db/export/hrWarmUp.js';
import type { HrInputSource } from '../../../db/export/readHrInput.js';
import { EXPERTISE_KEYS } from '../../../shared/catalogue/expertise.js';
import { ScenarioAnalysisCache } from '../../../shared/hr/analysisCache.js';
import { HR_LIST_PREVIEW, hrSummaryRequestSchema } from '../../../shared/hr/apiSchemas.js';
import { analyseAll, buildHrOverview, type HrInput } from '../../../shared/hr/index.js';
import { options, TODAY } from './hrFixtures.js';
import { summariseOverview } from '../../../shared/hr/summary.js';
import { importSyntheticTeams } from './importSyntheticTeams.js';
import { openTestStore, type TestStore } from '../../integration/db/helpers.js';
import { syntheticHrInput } from './syntheticHrInput.js';

/**
 * HR's analyses made ahead in idle time (db/export/hrWarmUp.ts): made in slices from one
 * read, used by the first request without reading or analysing again, read afresh when
 * the store is written meanwhile (given up when written over and over), and never a
 * different answer from a fresh computation whatever is written while it runs.
 */

/** A source over `input` that counts its reads; `write` replaces the data and moves the version. */
function countingSource(first: HrInput) {
  let data = first;
  let version = 1;
  const counts = { reads: 0 };
  const source: HrInputSource = {
    version: () => String(version),
    read: () => {
      counts.reads += 1;
      return structuredClone(data);
    },
  };
  return {
    source,
    counts,
    write(next: HrInput) {
      data = next;
      version += 1;
    },
  };
}

/** Every scenario takes one slice: the clock moves a whole slice per look. */
function steppingClock(): () => number {
  let now = 0;
  return () => (now += 5);
}

describe('HrAnalysesStore.warmUpStep', () => {
  it('reads once, analyses in slices, and the first request then reads and analyses nothing', () => {
    const input = syntheticHrInput(4, 10);
    const { source, counts } = countingSource(input);
    const store = new HrAnalysesStore(source);
    const summaries = vi.spyOn(store, 'summary');
    const clock = steppingClock();
    const steps: string[] = [];
    for (let step = store.warmUpStep(5, clock, TODAY); ; step = store.warmUpStep(5, clock, TODAY)) {
      steps.push(step);
      if (step !== 'more') break;
    }
    // The read, then one scenario per slice (the last one also assembling the analyses), the first summary, the
    // explanations of its first rows.
    expect(steps).toEqual(['more', 'more', 'more', 'more', 'more', 'more', 'done']);
    expect(counts.reads).toBe(1);
    const data = store.get();
    expect(counts.reads).toBe(1);
    expect(data.input).toEqual(input);
    expect(data.analyses).toEqual(analyseAll(input));
    expect(store.warmUpStep(5, clock, TODAY)).toBe('done');
    // The summary the screen asks for first was made too: asking for it gives that very object.
    const made = summaries.mock.results[0]!.value as unknown;
    expect(store.summary(hrSummaryRequestSchema.parse({ today: TODAY }))).toBe(made);
    expect(made).toEqual(summariseOverview(buildHrOverview(input, options()), [], HR_LIST_PREVIEW));
    // The explanations of those rows are worked out (a plain value now, no longer the getter that works it out).
    for (const { row } of data.analyses.analyses) {
      for (const cell of row.cells)
        expect(Object.getOwnPropertyDescriptor(cell, 'explanation')).toHaveProperty('value');
    }
  });

  it('a request halfway analyses what is missing from the input already read', () => {
    const input = syntheticHrInput(4, 10);
    const { source, counts } = countingSource(input);
    const store = new HrAnalysesStore(source);
    const clock = steppingClock();
    store.warmUpStep(5, clock, TODAY);
    store.warmUpStep(5, clock, TODAY);
    expect(store.get().analyses).toEqual(analyseAll(input));
    expect(counts.reads).toBe(1);
  });

  it('reads afresh after a write and goes on; the analyses then answer for the new data', () => {
    const input = syntheticHrInput(4, 10);
    const { source, counts, write } = countingSource(input);
    const store = new HrAnalysesStore(source);
    const clock = steppingClock();
    store.warmUpStep(5, clock, TODAY);
    store.warmUpStep(5, clock, TODAY);
    const changed = structuredClone(input);
    changed.scenarios[0]!.plan.assignments[0]!.hours += 4;
    write(changed);
    expect(store.warmUpStep(5, clock, TODAY)).toBe('more');
    expect(counts.reads).toBe(2);
    while (store.warmUpStep(5, clock, TODAY) !== 'done');
    expect(store.get().analyses).toEqual(analyseAll(changed));
    expect(counts.reads).toBe(2);
  });

  it('gives up when written over and over; the next request reads afresh and answers for it', () => {
    const input = syntheticHrInput(4, 10);
    const { source, counts, write } = countingSource(input);
    const store = new HrAnalysesStore(source);
    const clock = steppingClock();
    store.warmUpStep(5, clock, TODAY);
    const answers: string[] = [];
    let latest = input;
    for (let i = 0; i < 8 && answers.at(-1) !== 'written'; i += 1) {
      latest = structuredClone(latest);
      latest.scenarios[1]!.plan.assignments[0]!.hours = 1 + i;
      write(latest);
      answers.push(store.warmUpStep(5, clock, TODAY));
    }
    expect(answers).toEqual(['more', 'more', 'more', 'more', 'more', 'written']);
    expect(store.get().analyses).toEqual(analyseAll(latest));
    expect(counts.reads).toBe(1 + 5 + 1);
  });
});

describe('startHrWarmUp', () => {
  const log = vi.fn();
  afterEach(() => log.mockReset());

  it('makes the analyses after the delay, in slices between other work', async () => {
    const input = syntheticHrInput(5, 10);
    const { source, counts } = countingSource(input);
    const store = new HrAnalysesStore(source);
    const steps = vi.spyOn(store, 'warmUpStep');
    startHrWarmUp(store, { delayMs: 1, sliceMs: 0, today: () => TODAY, log });
    await vi.waitFor(() => expect(steps.mock.results.at(-1)?.value).toBe('done'));
    // Slices of no time analyse one scenario each: the event loop ran between them.
    expect(steps.mock.calls.length).toBeGreaterThanOrEqual(input.scenarios.length);
    expect(store.get().analyses).toEqual(analyseAll(input));
    expect(counts.reads).toBe(1);
    expect(log).not.toHaveBeenCalled();
  });

  it('does nothing once cancelled, and stops quietly (logged) when the source fails', async () => {
    const { source, counts } = countingSource(syntheticHrInput(2, 10));
    startHrWarmUp(new HrAnalysesStore(source), { delayMs: 1, sliceMs: 5, today: () => TODAY, log })();
    await new Promise((done) => setTimeout(done, 20));
    expect(counts.reads).toBe(0);

    const failing: HrInputSource = {
      version: () => '1',
      read: () => {
        throw new Error('closed');
      },
    };
    startHrWarmUp(new HrAnalysesStore(failing), { delayMs: 1, sliceMs: 5, today: () => TODAY, log });
    await vi.waitFor(() => expect(log).toHaveBeenCalledTimes(1));
  });
});

describe('the store warms HR up after opening', () => {
  let store: TestStore | null = null;
  afterEach(() => {
    store?.close();
    store = null;
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  /** The summary as a fresh computation over the store's own raw data gives it. */
  async function fresh(s: TestStore, today = TODAY) {
    const input = await s.call('hr.overview', { includeScenarios: true });
    return JSON.parse(
      JSON.stringify(summariseOverview(buildHrOverview(input, options({ today })), [], HR_LIST_PREVIEW)),
    );
  }

  async function seededDataDir(): Promise<string> {
    const seeding = await importSyntheticTeams(openTestStore({ hrWarmUp: false }), 6, 12);
    await seeding.whenIdle();
    seeding.close();
    return seeding.dataDir;
  }

  /** Runs the warm-up's timers (only those are faked) one at a time until it stops; its steps' answers. */
  function runWarmUp(steps: { mock: { results: { value: unknown }[] } }, atMost = 1000): unknown[] {
    for (let i = 0; i < atMost && steps.mock.results.at(-1)?.value !== 'done'; i += 1) {
      const last = steps.mock.results.at(-1)?.value;
      if (last === 'written') break;
      vi.advanceTimersToNextTimer();
    }
    return steps.mock.results.map((r) => r.value);
  }

  it('goes on after a write halfway, and the summary shows the write', async () => {
    const dataDir = await seededDataDir();
    const steps = vi.spyOn(HrAnalysesStore.prototype, 'warmUpStep');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate'] });
    const s = openTestStore({ dataDir, hrWarmUp: { delayMs: 0, sliceMs: 0 } });
    store = s;
    // The warm-up reads the input and analyses one slice; then the user writes.
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    expect(steps.mock.results.map((r) => r.value)).toEqual(['more', 'more']);
    const team = (await s.call('teams.list', {})).find((t) => !t.isSample)!;
    const { plan } = await s.call('plan.get', { scenarioId: team.scenarios[0]!.id });
    await s.call('assignments.set', { ...plan.assignments[0]!, hours: plan.assignments[0]!.hours + 6 });
    expect(runWarmUp(steps).at(-1)).toBe('done');
    vi.useRealTimers();
    expect(await s.call('hr.summary', { today: TODAY })).toEqual(await fresh(s));
  });

  it('answers the first summary from analyses made ahead, and equal to a fresh computation after every write', async () => {
    const dataDir = await seededDataDir();
    const steps = vi.spyOn(HrAnalysesStore.prototype, 'warmUpStep');
    const summaries = vi.spyOn(HrAnalysesStore.prototype, 'summary');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate'] });
    // The store's clock says the day the screen asks for (the same computer).
    const s = openTestStore({
      dataDir,
      hrWarmUp: { delayMs: 0, sliceMs: 0 },
      now: () => new Date(`${TODAY}T10:00:00`),
    });
    store = s;
    const answers = runWarmUp(steps);
    vi.useRealTimers();
    // The first visit's first rows (read on their own, then one slice per row: the sample's three and six more,
    // all main scenarios), the read in four steps (ratings, people, teams, brought up to date), one slice that
    // finds every scenario analysed already, the first summary, its rows' explanations.
    expect(answers).toEqual([...Array<string>(16).fill('more'), 'done']);
    // Nothing written since: the request neither reads nor analyses, it gets the summary made ahead.
    const made = summaries.mock.results[0]!.value as unknown;
    const analyse = vi.spyOn(ScenarioAnalysisCache.prototype, 'analyse');
    const first = await s.call('hr.summary', { today: TODAY });
    expect(analyse).not.toHaveBeenCalled();
    expect(summaries.mock.results.at(-1)!.value).toBe(made);
    expect(first).toEqual(await fresh(s));

    // After the warm-up the kept analyses follow every kind of write (and the day) like any others.
    const teams = await s.call('teams.list', {});
    const team = teams.find((t) => !t.isSample)!;
    const { plan } = await s.call('plan.get', { scenarioId: team.scenarios[0]!.id });
    const assignment = plan.assignments[0]!;
    const member = plan.professionals.find((p) => p.id === assignment.professionalId)!;
    const inTeam = plan.functions.find((f) => f.placement === 'team')!;
    // Vakkennis no function asks for yet: asking it adds a column to every team's row.
    const { scenarios } = await s.call('hr.overview', { includeScenarios: true });
    const unasked = EXPERTISE_KEYS.find(
      (key) => !scenarios.some((sc) => sc.plan.functions.some((f) => f.expertise.some((e) => e.expertise === key))),
    );
    expect(unasked).toBeDefined();
    const writes: [string, () => Promise<unknown>][] = [
      ['an assignment', () => s.call('assignments.set', { ...assignment, hours: assignment.hours + 3 })],
      [
        'ratings',
        async () => {
          for (const competency of Object.keys(member.ratings)) {
            await s.call('professionals.setRating', { professionalId: member.id, competency, level: 0 });
          }
        },
      ],
      ['a contract', () => s.call('professionals.update', { id: member.id, contractHours: 4 })],
      [
        'a requirement',
        () =>
          s.call('requirements.set', {
            functionId: inTeam.id,
            requirements: [...inTeam.requirements, { competency: 'networking', level: 4, minPeople: 3 }].filter(
              (r, i, all) => all.findIndex((x) => x.competency === r.competency) === i,
            ),
          }),
      ],
      [
        'the catalogue',
        () => s.call('catalogue.createCompetency', { key: 'custom-warm', name: { nl: 'Eigen', en: 'Own' } }),
      ],
      [
        'a vakkennis column',
        () =>
          s.call('functions.update', {
            id: inTeam.id,
            expertise: [...inTeam.expertise, { expertise: unasked!, level: 2, minPeople: 1, scope: 'team' }],
          }),
      ],
      ['a removed team', () => s.call('teams.delete', { id: team.id })],
    ];
    let before = await s.call('hr.summary', { today: TODAY });
    for (const [what, write] of writes) {
      await write();
      const after = await s.call('hr.summary', { today: TODAY });
      expect(after, what).toEqual(await fresh(s));
      expect(after, what).not.toEqual(before);
      before = after;
    }
    // A new day: the same analyses, the assessment list judged against the new day.
    const later = '2029-06-01';
    const nextDay = await s.call('hr.summary', { today: later });
    expect(nextDay).toEqual(await fresh(s, later));
    expect(nextDay.assessments).not.toEqual(before.assessments);
  });
});
