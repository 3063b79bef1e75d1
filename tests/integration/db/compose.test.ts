import { afterEach, describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../../shared/api/contract.js';
import { nl } from '../../support/inLanguage.js';
import { openTestStore, type TestStore } from './helpers.js';

/** "Stel samen" through the service, on a real SQLite file with the Voorbeeldwijk sample. */

let store: TestStore | null = null;
afterEach(() => {
  store?.close();
  store = null;
});

async function pollUntilEnded(s: TestStore, jobId: string): Promise<ApiOutput<'compose.poll'>> {
  const until = Date.now() + 60_000;
  for (;;) {
    const answer = await s.call('compose.poll', { jobId });
    if (answer.state !== 'running') return answer;
    if (Date.now() > until) throw new Error('compose job did not end');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function sampleScenario(s: TestStore) {
  const team = (await s.call('teams.list', {}))[0]!;
  return { teamId: team.id, scenarioId: team.scenarios[0]!.id };
}

describe('compose service', () => {
  it('composes the sample team, reports before and after, and applies it as a new variant', async () => {
    store = openTestStore();
    const { scenarioId, teamId } = await sampleScenario(store);
    const before = await store.call('plan.get', { scenarioId });
    const { jobId } = await store.call('compose.start', {
      scenarioId,
      objective: 'people',
      keepMembers: false,
      minHours: 4,
      timeLimitSeconds: 20,
    });
    const running = await store.call('compose.poll', { jobId });
    expect(running.state).toBe('running');
    expect(running.stage).toBeDefined();

    const ended = await pollUntilEnded(store, jobId);
    expect(ended.state).toBe('done');
    const result = ended.result!;
    expect(['optimal', 'feasible']).toContain(result.status);
    expect(result.assignments.length).toBeGreaterThan(0);
    expect(result.before.people).toBe(new Set(before.plan.assignments.map((a) => a.professionalId)).size);
    expect(result.after.people).toBe(new Set(result.assignments.map((a) => a.professionalId)).size);
    // The solver never covers less than the team has now (it may start from scratch, but it optimises coverage first).
    expect(result.after.requirementsCovered).toBeGreaterThanOrEqual(result.before.requirementsCovered);
    for (const m of result.uncoverable) expect(nl(m)).not.toContain('{');

    const created = await store.call('compose.apply', {
      scenarioId,
      name: 'Samengesteld',
      assignments: result.assignments,
    });
    expect(created.isMain).toBe(false);
    expect(created.teamId).toBe(teamId);
    const composed = await store.call('plan.get', { scenarioId: created.id });
    expect(composed.plan.functions.map((f) => f.name)).toEqual(before.plan.functions.map((f) => f.name));
    const fnName = new Map(before.plan.functions.map((f) => [f.id, JSON.stringify(f.name)]));
    const composedFnName = new Map(composed.plan.functions.map((f) => [f.id, JSON.stringify(f.name)]));
    const asStored = (
      list: readonly { professionalId: string; functionId: string; hours: number }[],
      names: Map<string, string>,
    ) => list.map((a) => `${a.professionalId}|${names.get(a.functionId)}|${a.hours}`).sort();
    expect(asStored(composed.plan.assignments, composedFnName)).toEqual(asStored(result.assignments, fnName));
    // The scenario it came from is untouched.
    const after = await store.call('plan.get', { scenarioId });
    expect(after.plan.assignments).toEqual(before.plan.assignments);
    // A second apply with the same name is refused in Dutch.
    const again = await store.fail('compose.apply', { scenarioId, name: 'Samengesteld', assignments: [] });
    expect(again.code).toBe('conflict');
  });

  it('keeps the current members when asked', async () => {
    store = openTestStore();
    const { scenarioId } = await sampleScenario(store);
    const before = await store.call('plan.get', { scenarioId });
    const { jobId } = await store.call('compose.start', { scenarioId, keepMembers: true, timeLimitSeconds: 20 });
    const result = (await pollUntilEnded(store, jobId)).result!;
    for (const a of before.plan.assignments.filter((x) =>
      before.plan.functions.some((f) => f.id === x.functionId && f.placement === 'team'),
    )) {
      expect(result.assignments).toContainEqual(a);
    }
  });

  it('cancels a running job, refuses a second job on the same scenario, and forgets nothing it should not', async () => {
    store = openTestStore();
    const { scenarioId } = await sampleScenario(store);
    const { jobId } = await store.call('compose.start', { scenarioId, keepMembers: false, timeLimitSeconds: 60 });
    const second = await store.fail('compose.start', { scenarioId });
    expect(second.code).toBe('conflict');
    expect(nl(second.text)).toContain('al een team samengesteld');
    await store.call('compose.cancel', { jobId });
    const answer = await store.call('compose.poll', { jobId });
    expect(answer.state).toBe('cancelled');
    expect(answer.result).toBeUndefined();
    // After a cancel a new job may start at once.
    const next = await store.call('compose.start', { scenarioId, timeLimitSeconds: 20 });
    expect((await pollUntilEnded(store, next.jobId)).state).toBe('done');
  });

  it('finishes a running job early on request: done, with the best composition so far, and says it was asked', async () => {
    store = openTestStore();
    const { scenarioId } = await sampleScenario(store);
    const { jobId } = await store.call('compose.start', { scenarioId, keepMembers: false, timeLimitSeconds: 600 });
    await store.call('compose.finishNow', { jobId });
    const ended = await pollUntilEnded(store, jobId);
    expect(ended.state).toBe('done');
    // Far within the ten-minute limit: the request ended it.
    expect(ended.elapsedMs).toBeLessThan(60_000);
    const result = ended.result!;
    expect(result.wrappedUp).toBe(true);
    expect(['optimal', 'feasible']).toContain(result.status);
    expect(result.assignments.length).toBeGreaterThan(0);
    // Asking again, or for a job that ended, changes nothing; an unknown job is a Dutch notFound.
    await store.call('compose.finishNow', { jobId });
    expect((await store.call('compose.poll', { jobId })).result).toEqual(result);
    const unknown = await store.fail('compose.finishNow', { jobId: 'geen-job' });
    expect(unknown.code).toBe('notFound');
    // A job that was not asked to finish early says so too.
    const next = await store.call('compose.start', { scenarioId, timeLimitSeconds: 20 });
    expect((await pollUntilEnded(store, next.jobId)).result!.wrappedUp).toBe(false);
  });

  it('answers an unknown scenario or job with a Dutch notFound, and refuses bad input', async () => {
    store = openTestStore();
    const missing = await store.fail('compose.start', { scenarioId: 'geen-scenario' });
    expect(missing.code).toBe('notFound');
    expect(nl(missing.text)).toContain('Het scenario');
    const job = await store.fail('compose.poll', { jobId: 'geen-job' });
    expect(job.code).toBe('notFound');
    expect(nl(job.text)).toContain('De samenstelling');
    const bad = await store.fail('compose.start', { scenarioId: 'x', timeLimitSeconds: 0 });
    expect(bad.code).toBe('validation');
    const { scenarioId } = await sampleScenario(store);
    const foreign = await store.fail('compose.apply', {
      scenarioId,
      name: 'Vreemd',
      assignments: [{ professionalId: 'p', functionId: 'niet-van-dit-scenario', hours: 8 }],
    });
    expect(foreign.code).toBe('notFound');
    expect((await store.call('teams.list', {}))[0]!.scenarios.map((s) => s.name)).not.toContain('Vreemd');
  });

  it('names the limit that makes a request impossible', async () => {
    store = openTestStore();
    const { scenarioId } = await sampleScenario(store);
    const { jobId } = await store.call('compose.start', {
      scenarioId,
      keepMembers: true,
      timeLimitSeconds: 20,
      limits: { maxTeamSize: 1 },
    });
    const result = (await pollUntilEnded(store, jobId)).result!;
    expect(result.status).toBe('infeasible');
    expect(result.infeasibleLimits.map((m) => nl(m))).toEqual(['hooguit 1 persoon in het team']);
  });
});
