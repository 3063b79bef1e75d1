import { afterEach, describe, expect, it } from 'vitest';
import { HR_LIST_PREVIEW } from '../../../shared/hr/apiSchemas.js';
import { buildHrOverview, EMPTY_HR_FILTER } from '../../../shared/hr/index.js';
import { options, TODAY } from './hrFixtures.js';
import { summariseOverview } from '../../../shared/hr/summary.js';
import { importSyntheticTeams } from './importSyntheticTeams.js';
import { openTestStore, type TestStore } from '../../integration/db/helpers.js';

/**
 * The HR screen's methods over a real SQLite store, through dispatch as over IPC: the
 * summary is the overview of the same data (one source of truth with the exports and the
 * old raw-data method), lists are cut and counted, the analyses kept in the store process
 * follow every write, and an export job hands over the same file as a direct export.
 */
let store: TestStore | null = null;
afterEach(() => {
  store?.close();
  store = null;
});

async function storeWithTeams(teams: number): Promise<TestStore> {
  store = openTestStore();
  return importSyntheticTeams(store, teams, 25);
}

describe('hr.summary', () => {
  it('is the overview computed from hr.overview, without explanations, lists cut to their first rows', async () => {
    const s = await storeWithTeams(4);
    const input = await s.call('hr.overview', { includeScenarios: true });
    for (const patch of [{}, { assessmentMonths: 6 }, { filter: { ...EMPTY_HR_FILTER, model: 'A2' as const } }]) {
      const summary = await s.call('hr.summary', { ...options(patch), fullLists: [] });
      const overview = buildHrOverview(input, options(patch));
      expect(summary).toEqual(JSON.parse(JSON.stringify(summariseOverview(overview, [], HR_LIST_PREVIEW))));
    }
    const summary = await s.call('hr.summary', { today: TODAY });
    const overview = buildHrOverview(input, options());
    // The synthetic teams hold more people without an assessment than the screen shows at first.
    expect(overview.assessments.length).toBeGreaterThan(HR_LIST_PREVIEW);
    expect(summary.assessments).toEqual(JSON.parse(JSON.stringify(overview.assessments.slice(0, HR_LIST_PREVIEW))));
    expect(summary.totals).toEqual({
      overAllocated: overview.overAllocated.length,
      assessments: overview.assessments.length,
      singlePerson: overview.singlePerson.length,
      advice: overview.advice.length,
    });
    const whole = await s.call('hr.summary', { today: TODAY, fullLists: ['assessments'] });
    expect(whole.assessments).toHaveLength(overview.assessments.length);
    expect(whole.rows[0]!.cells[0]).toEqual({
      severity: overview.rows[0]!.cells[0]!.severity,
      openRequirements: overview.rows[0]!.cells[0]!.openRequirements,
    });
  });

  it('hr.cells gives the rows asked for with their explanations, as the overview has them', async () => {
    const s = await storeWithTeams(3);
    const overview = buildHrOverview(await s.call('hr.overview', { includeScenarios: true }), options());
    const wanted = [overview.rows[1]!.scenarioId, overview.rows[3]!.scenarioId];
    const rows = await s.call('hr.cells', { today: TODAY, scenarioIds: wanted });
    expect(rows.map((r) => r.scenarioId).sort()).toEqual([...wanted].sort());
    for (const r of rows) {
      expect(r.cells).toEqual(
        JSON.parse(JSON.stringify(overview.rows.find((o) => o.scenarioId === r.scenarioId)!.cells)),
      );
    }
  });

  it('follows every write: an assignment, a rating, a team removed', async () => {
    const s = openTestStore();
    store = s;
    const first = await s.call('hr.summary', { today: TODAY });
    const noord = first.rows.find((r) => r.teamName === 'Wijkteam Voorbeeldwijk-Noord')!;
    const plan = (await s.call('plan.get', { scenarioId: noord.scenarioId })).plan;
    const assignment = plan.assignments[0]!;
    await s.call('assignments.set', { ...assignment, hours: assignment.hours + 7 });
    const afterAssignment = await s.call('hr.summary', { today: TODAY });
    expect(afterAssignment.rows.find((r) => r.scenarioId === noord.scenarioId)!.hoursAllocated).toBe(
      noord.hoursAllocated + 7,
    );
    // A rating changes the cells of every team the person works in, though no team was written.
    const member = plan.professionals.find((p) => p.id === assignment.professionalId)!;
    const input = await s.call('hr.overview', { includeScenarios: true });
    const expected = summariseOverview(buildHrOverview(input, options()), [], HR_LIST_PREVIEW);
    expect(afterAssignment).toEqual(JSON.parse(JSON.stringify(expected)));
    for (const key of Object.keys(member.ratings)) {
      await s.call('professionals.setRating', { professionalId: member.id, competency: key, level: 0 });
    }
    const afterRatings = await s.call('hr.summary', { today: TODAY });
    const recomputed = summariseOverview(
      buildHrOverview(await s.call('hr.overview', { includeScenarios: true }), options()),
      [],
      HR_LIST_PREVIEW,
    );
    expect(afterRatings).toEqual(JSON.parse(JSON.stringify(recomputed)));
    expect(afterRatings.rows).not.toEqual(afterAssignment.rows);
    await s.call('teams.delete', { id: noord.teamId });
    expect((await s.call('hr.summary', { today: TODAY })).rows.map((r) => r.teamName)).not.toContain(noord.teamName);
  });
});

describe('hr.exportStart and hr.exportPoll', () => {
  it('report rising progress and hand over the same file as hr.export, once', async () => {
    const s = await storeWithTeams(3);
    const request = { list: 'matrix' as const, format: 'csv' as const, today: TODAY };
    const { jobId } = await s.call('hr.exportStart', request);
    const seen: number[] = [];
    for (;;) {
      const poll = await s.call('hr.exportPoll', { jobId });
      if (poll.state === 'failed') throw new Error('export failed');
      if (poll.state === 'done') {
        expect(poll.file).toEqual(await s.call('hr.export', request));
        break;
      }
      seen.push(poll.done / poll.total);
      await new Promise((done) => setTimeout(done, 1));
    }
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect((await s.fail('hr.exportPoll', { jobId })).code).toBe('notFound');
  });

  it('a refused export ends the job with the store message', async () => {
    const s = openTestStore();
    store = s;
    const { jobId } = await s.call('hr.exportStart', { list: 'all', format: 'csv', today: TODAY });
    let poll = await s.call('hr.exportPoll', { jobId });
    while (poll.state === 'running') poll = await s.call('hr.exportPoll', { jobId });
    expect(poll).toEqual({ state: 'failed', error: { key: 'hrExport.csvHoldsOneList' } });
  });
});
