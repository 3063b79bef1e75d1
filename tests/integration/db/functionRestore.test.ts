import { afterEach, describe, expect, it } from 'vitest';
import { nl } from '../../support/inLanguage.js';
import { openTestStore, type TestStore } from './helpers.js';

let store: TestStore;
afterEach(() => store?.close());

/** The sample's first team's main scenario, with a function that has members. */
async function sampleFunction(s: TestStore) {
  const scenarioId = (await s.call('teams.list', {}))[0]!.scenarios[0]!.id;
  const { plan } = await s.call('plan.get', { scenarioId });
  const index = plan.functions.findIndex((f, i) => i > 0 && plan.assignments.some((a) => a.functionId === f.id));
  const fn = plan.functions[index]!;
  const members = plan.assignments
    .filter((a) => a.functionId === fn.id)
    .map((a) => ({ professionalId: a.professionalId, hours: a.hours }));
  return { scenarioId, plan, index, fn, members };
}

describe('functions.restore, the undo of removing a function', () => {
  it('puts the function back under its own id, at its place, with its requirements and members', async () => {
    store = openTestStore();
    const { scenarioId, plan, index, fn, members } = await sampleFunction(store);
    expect(members.length).toBeGreaterThan(0);
    expect(fn.requirements.length).toBeGreaterThan(0);

    await store.call('functions.delete', { id: fn.id });
    const restored = await store.call('functions.restore', { scenarioId, index, function: fn, members });
    expect(restored.function).toEqual(fn);
    expect(restored.assignments).toEqual(members.map((m) => ({ functionId: fn.id, ...m })));

    const after = (await store.call('plan.get', { scenarioId })).plan;
    expect(after.functions).toEqual(plan.functions);
    expect(after.assignments.filter((a) => a.functionId === fn.id)).toEqual(
      plan.assignments.filter((a) => a.functionId === fn.id),
    );
  });

  it('refuses a second restore of the same function and changes nothing', async () => {
    store = openTestStore();
    const { scenarioId, index, fn, members } = await sampleFunction(store);
    await store.call('functions.delete', { id: fn.id });
    await store.call('functions.restore', { scenarioId, index, function: fn, members });
    const before = (await store.call('plan.get', { scenarioId })).plan;

    const twice = await store.fail('functions.restore', { scenarioId, index: 0, function: fn, members: [] });
    expect(twice.code).toBe('conflict');
    expect(nl(twice.text)).toBe(`De functie ‘${fn.name}’ staat al (weer) in het scenario. Er is niets gewijzigd.`);
    expect((await store.call('plan.get', { scenarioId })).plan).toEqual(before);
  });

  it('leaves out a member who has left the pool meanwhile, and says which places came back', async () => {
    store = openTestStore();
    const { scenarioId, index, fn, members } = await sampleFunction(store);
    await store.call('functions.delete', { id: fn.id });
    const [gone, ...staying] = members;
    await store.call('professionals.delete', { id: gone!.professionalId });

    const restored = await store.call('functions.restore', { scenarioId, index, function: fn, members });
    expect(restored.assignments).toEqual(staying.map((m) => ({ functionId: fn.id, ...m })));
    const after = (await store.call('plan.get', { scenarioId })).plan;
    expect(after.assignments.filter((a) => a.functionId === fn.id)).toEqual(restored.assignments);
  });
});
