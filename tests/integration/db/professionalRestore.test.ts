import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from './helpers.js';

let store: TestStore;
afterEach(() => store?.close());

/** Every scenario of every team as plan.get shows it: who sits where with how many hours, and the leader. */
async function everyPlan(s: TestStore) {
  const out: Record<string, unknown> = {};
  for (const team of await s.call('teams.list', {}))
    for (const scenario of team.scenarios) {
      const view = await s.call('plan.get', { scenarioId: scenario.id });
      out[scenario.id] = { assignments: view.plan.assignments, leader: view.plan.team.leader };
    }
  return out;
}

describe('professionals.delete answers what it removed, professionals.restore puts all of it back', () => {
  it('restores the person with the same id, their places in every scenario of every team and the teams they led', async () => {
    store = openTestStore();
    const daan = (await store.call('professionals.list', {})).find((p) => p.name === 'Daan Smit')!;
    const teams = await store.call('teams.list', {});
    // Daan works in Noord; give him a place in Zuid too. A variant holds places as well, and he
    // leads one team: all of it must come back.
    const south = await store.call('plan.get', { scenarioId: teams[1]!.scenarios[0]!.id });
    await store.call('assignments.set', { functionId: south.plan.functions[0]!.id, professionalId: daan.id, hours: 6 });
    for (const team of teams) {
      const view = await store.call('plan.get', { scenarioId: team.scenarios[0]!.id });
      if (view.plan.assignments.some((a) => a.professionalId === daan.id))
        await store.call('scenarios.duplicate', { scenarioId: team.scenarios[0]!.id, name: 'Variant' });
    }
    await store.call('teams.update', {
      id: teams[1]!.id,
      leader: { professionalId: daan.id, name: 'Daan Smit', accountableTo: null, spanPeople: 12, spanFte: null },
    });
    const before = await everyPlan(store);
    // HR keeps its analyses between calls and redoes only what a write touched: the restore must reach it too.
    const hr = () => store.call('hr.summary', { today: '2026-11-30', source: 'local', includeScenarios: true });
    const hrBefore = await hr();
    const placesBefore = Object.values(before).flatMap((p) =>
      (p as { assignments: { professionalId: string }[] }).assignments.filter((a) => a.professionalId === daan.id),
    );
    expect(placesBefore.length).toBeGreaterThanOrEqual(3);

    const removal = await store.call('professionals.delete', { id: daan.id });
    expect(removal.professional).toEqual(daan);
    expect(removal.assignments).toHaveLength(placesBefore.length);
    expect(removal.ledTeams.map((l) => l.teamId)).toEqual([teams[1]!.id]);
    expect(await everyPlan(store)).not.toEqual(before);
    expect(await hr()).not.toEqual(hrBefore);

    const restored = await store.call('professionals.restore', removal);
    expect(restored).toEqual({ professional: daan, placesLost: 0 });
    expect(await everyPlan(store)).toEqual(before);
    expect(await hr()).toEqual(hrBefore);
    expect((await store.call('professionals.list', {})).find((p) => p.id === daan.id)).toEqual(daan);
  });

  it('counts the places whose function has gone since, and refuses to restore a person twice', async () => {
    store = openTestStore();
    const daan = (await store.call('professionals.list', {})).find((p) => p.name === 'Daan Smit')!;
    const removal = await store.call('professionals.delete', { id: daan.id });
    await store.call('functions.delete', { id: removal.assignments[0]!.functionId });
    const restored = await store.call('professionals.restore', removal);
    expect(restored.placesLost).toBe(1);
    expect((await store.fail('professionals.restore', removal)).code).toBe('conflict');
  });
});
