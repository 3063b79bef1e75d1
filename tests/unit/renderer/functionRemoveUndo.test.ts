import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { TeamPlan } from '../../../shared/plan/planSchema.js';
import { deleteFunctionCommand, updateFunctionCommand } from '../../../renderer/design/functionCommands.js';
import { openHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

async function storedPlan(): Promise<TeamPlan> {
  const view = h.root.plan.view!;
  const result = await dispatch(h.store.handlers, 'plan.get', { scenarioId: view.scenarioId });
  if (!result.ok) throw new Error(result.error.text.key);
  return (result.value as typeof view).plan;
}

/** A function as the user sees it: fields, requirements, members and hours. */
function shape(plan: TeamPlan, name: string) {
  const { id, ...fields } = plan.functions.find((f) => f.name === name)!;
  const members = plan.assignments
    .filter((a) => a.functionId === id)
    .map((a) => ({ professionalId: a.professionalId, hours: a.hours }));
  return { fields, members };
}

const names = (plan: TeamPlan) => plan.functions.map((f) => f.name);

describe('undoing the removal of a function', () => {
  it.each([1, 0])('puts function %i back where it stood, with its members, hours and requirements', async (at) => {
    const before = await storedPlan();
    expect(before.functions.length).toBeGreaterThanOrEqual(3);
    const fn = before.functions[at]!;
    expect(before.assignments.some((a) => a.functionId === fn.id)).toBe(true);
    const scenarioId = h.root.plan.view!.scenarioId;

    expect(await h.root.execute(deleteFunctionCommand(h.root, scenarioId, fn.id))).toBe(true);
    expect(names(await storedPlan())).not.toContain(fn.name);

    await h.root.undo.undo();
    const after = await storedPlan();
    expect(names(after)).toEqual(names(before));
    expect(names(h.root.plan.plan!)).toEqual(names(before));
    expect(shape(after, fn.name)).toEqual(shape(before, fn.name));

    await h.root.undo.redo();
    expect(names(await storedPlan())).toEqual(names(before).filter((n) => n !== fn.name));
    await h.root.undo.undo();
    expect(names(await storedPlan())).toEqual(names(before));
  });

  it('puts a shell function back in the shell, at its place', async () => {
    const scenarioId = h.root.plan.view!.scenarioId;
    const second = h.root.plan.plan!.functions[1]!;
    await h.root.execute(updateFunctionCommand(h.root, second.id, { placement: 'shell' }));
    const before = await storedPlan();
    expect(shape(before, second.name).fields.placement).toBe('shell');

    await h.root.execute(deleteFunctionCommand(h.root, scenarioId, second.id));
    await h.root.undo.undo();
    const after = await storedPlan();
    expect(names(after)).toEqual(names(before));
    expect(shape(after, second.name)).toEqual(shape(before, second.name));
  });

  it('brings the function back under its own id, with the same places, and a redo removes that same function', async () => {
    const before = await storedPlan();
    const fn = before.functions[1]!;
    const scenarioId = h.root.plan.view!.scenarioId;
    // The places as a set: the board keeps them in the order they came, which says nothing.
    const ids = (plan: TeamPlan) => ({
      functions: plan.functions.map((f) => f.id),
      assignments: plan.assignments.map((a) => `${a.functionId} ${a.professionalId} ${a.hours}`).sort(),
    });

    await h.root.execute(deleteFunctionCommand(h.root, scenarioId, fn.id));
    await h.root.undo.undo();
    expect(ids(await storedPlan())).toEqual(ids(before));
    expect(h.root.plan.functionById.get(fn.id)).toEqual(fn);
    const members = before.assignments.filter((a) => a.functionId === fn.id);
    expect(h.root.plan.assignmentsByFunction.get(fn.id)).toEqual(members);

    await h.root.undo.redo();
    expect((await storedPlan()).functions.map((f) => f.id)).not.toContain(fn.id);
    await h.root.undo.undo();
    expect(ids(await storedPlan())).toEqual(ids(before));
    expect(ids(h.root.plan.plan!)).toEqual(ids(before));
  });

  it('an edit made before the removal can still be undone once the removal is undone', async () => {
    const scenarioId = h.root.plan.view!.scenarioId;
    const fn = h.root.plan.plan!.functions[0]!;
    await h.root.execute(updateFunctionCommand(h.root, fn.id, { hoursRequired: fn.hoursRequired + 8 }));
    await h.root.execute(deleteFunctionCommand(h.root, scenarioId, fn.id));

    await h.root.undo.undo();
    await h.root.undo.undo();
    const after = (await storedPlan()).functions.find((f) => f.name === fn.name)!;
    expect(after.hoursRequired).toBe(fn.hoursRequired);
    expect(h.root.plan.functionById.get(after.id)?.hoursRequired).toBe(fn.hoursRequired);
  });
});
