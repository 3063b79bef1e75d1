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

/** A function as the user sees it, without the id undo cannot keep: fields, requirements, members and hours. */
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
});
