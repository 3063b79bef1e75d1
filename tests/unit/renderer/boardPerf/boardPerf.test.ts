import { reaction } from 'mobx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../shared/api/dispatch.js';
import type { ApiTransport } from '../../../../shared/api/client.js';
import type { Result } from '../../../../shared/api/result.js';
import type { CoverageReport } from '../../../../shared/engine/types.js';
import { assignCommand } from '../../../../renderer/board/assignmentCommands.js';
import { memoryStorage } from '../../../../renderer/app/KeyValueStorage.js';
import { RootStore } from '../../../../renderer/app/RootStore.js';
import { openHarness, type Harness } from '../harness.js';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

describe('a confirmed drop', () => {
  it('goes from the preview straight to the edited plan, in one change of what the board shows', async () => {
    const plan = h.root.plan.plan!;
    const fn = plan.functions.find((f) => f.placement === 'team' && f.requirements.length > 0)!;
    const person = plan.professionals.find(
      (p) => !plan.assignments.some((a) => a.functionId === fn.id && a.professionalId === p.id),
    )!;
    const drop = { professionalId: person.id, functionId: fn.id, fromFunctionId: null };
    // The preview places the person with their free hours; confirming those gives the same coverage.
    const hours = Math.max(1, h.root.plan.freeHoursById.get(person.id) ?? 1);
    h.root.ui.setDragPreview(drop);
    h.root.ui.setPendingDrop({ ...drop, suggestedHours: hours });
    const preview = h.root.plan.shownReport!;
    const shown: (CoverageReport | null)[] = [];
    const stop = reaction(
      () => h.root.plan.shownReport,
      (report) => void shown.push(report),
    );
    // What the hours dialog does on confirm: close itself, then run the edit.
    h.root.ui.setPendingDrop(null);
    const done = h.root.execute(assignCommand(h.root, fn.id, person.id, hours));
    expect(shown).toEqual([]);
    expect(h.root.plan.shownReport).toBe(preview);
    await done;
    stop();
    expect(shown).toHaveLength(1);
    expect(h.root.ui.dragPreview).toBeNull();
    expect(shown[0]).toBe(h.root.plan.report);
    expect(shown[0]).toEqual(preview);
  });

  it('keeps a preview when an edit lands while the hours dialog is still open', async () => {
    const plan = h.root.plan.plan!;
    const fn = plan.functions.find((f) => f.placement === 'team')!;
    const person = plan.professionals.find(
      (p) => !plan.assignments.some((a) => a.functionId === fn.id && a.professionalId === p.id),
    )!;
    const drop = { professionalId: person.id, functionId: fn.id, fromFunctionId: null };
    h.root.ui.setDragPreview(drop);
    h.root.ui.setPendingDrop({ ...drop, suggestedHours: 4 });
    const other = plan.functions.find((f) => f.placement === 'team' && f.id !== fn.id)!;
    const someone = plan.professionals.find(
      (p) =>
        p.id !== person.id && !plan.assignments.some((a) => a.functionId === other.id && a.professionalId === p.id),
    )!;
    await h.root.execute(assignCommand(h.root, other.id, someone.id, 2));
    expect(h.root.ui.dragPreview).toEqual(drop);
  });
});

describe('start', () => {
  async function startWith(lastScenario: string) {
    const calls: string[] = [];
    const transport = (async (method: string, input: unknown) => {
      calls.push(method);
      return (await dispatch(h.store.handlers, method, input)) as Result<unknown>;
    }) as ApiTransport;
    const storage = memoryStorage();
    storage.setItem('wtp.lastScenario', lastScenario);
    const root = new RootStore(transport, storage);
    await root.start();
    return { root, calls };
  }

  it('asks for the last scenario together with the other loads and opens it', async () => {
    const team = h.root.teams.teams[1]!;
    const scenario = h.root.teams.mainScenario(team.id)!;
    const { root, calls } = await startWith(scenario.id);
    expect(root.startupError).toBeNull();
    expect(root.plan.view?.scenarioId).toBe(scenario.id);
    // One plan.get, sent before the answers to the other loads were awaited.
    expect(calls.filter((c) => c === 'plan.get')).toHaveLength(1);
    expect(calls.indexOf('plan.get')).toBeLessThan(calls.indexOf('professionals.list'));
  });

  it('opens the first team when the last scenario no longer exists', async () => {
    const { root } = await startWith('gone-since');
    expect(root.startupError).toBeNull();
    const first = root.teams.teams[0]!;
    expect(root.plan.view?.scenarioId).toBe(root.teams.mainScenario(first.id)!.id);
  });
});
