import { observe } from 'mobx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch.js';
import { computeCoverage } from '../../../shared/engine/index.js';
import { assignCommand, moveCommand, unassignCommand } from '../../../renderer/board/assignmentCommands.js';
import { setRequirementsCommand } from '../../../renderer/design/functionCommands.js';
import { createTeamCommand, updateTeamCommand } from '../../../renderer/design/teamCommands.js';
import { defaultDesign } from '../../../renderer/design/defaultDesign.js';
import { dutch, openHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

/** A function of the open plan and a pool member who is not in it yet. */
function pickFreePair() {
  const plan = h.root.plan.plan!;
  const fn = plan.functions.find((f) => f.placement === 'team')!;
  const inFn = new Set(plan.assignments.filter((a) => a.functionId === fn.id).map((a) => a.professionalId));
  const person = plan.professionals.find((p) => !inFn.has(p.id))!;
  return { fn, person };
}

async function storedPlan() {
  const view = h.root.plan.view!;
  const result = await dispatch(h.store.handlers, 'plan.get', { scenarioId: view.scenarioId });
  if (!result.ok) throw new Error(result.error.text.key);
  return (result.value as typeof view).plan;
}

describe('RootStore over the real store', () => {
  it('opens the sample team on first start with the whole pool', () => {
    expect(h.root.startupError).toBeNull();
    expect(h.root.teams.teams.length).toBeGreaterThanOrEqual(2);
    expect(h.root.plan.plan?.professionals.length).toBeGreaterThan(10);
    expect(h.root.plan.report?.functions.length).toBe(h.root.plan.plan?.functions.length);
  });

  it('assigning updates coverage at once, is saved, and undo/redo round-trips through the store', async () => {
    const { fn, person } = pickFreePair();
    const before = h.root.plan.report!.functions.find((f) => f.id === fn.id)!.hoursAllocated;
    expect(await h.root.execute(assignCommand(h.root, fn.id, person.id, 6))).toBe(true);
    expect(h.root.plan.report!.functions.find((f) => f.id === fn.id)!.hoursAllocated).toBe(before + 6);
    expect((await storedPlan()).assignments).toContainEqual({ functionId: fn.id, professionalId: person.id, hours: 6 });

    await h.root.undo.undo();
    expect((await storedPlan()).assignments.some((a) => a.functionId === fn.id && a.professionalId === person.id)).toBe(
      false,
    );
    expect(h.root.plan.report!.functions.find((f) => f.id === fn.id)!.hoursAllocated).toBe(before);
    expect(h.root.undo.canRedo).toBe(true);

    await h.root.undo.redo();
    expect((await storedPlan()).assignments).toContainEqual({ functionId: fn.id, professionalId: person.id, hours: 6 });
  });

  it('the renderer report equals the engine report of the stored plan', async () => {
    const { fn, person } = pickFreePair();
    await h.root.execute(assignCommand(h.root, fn.id, person.id, 4));
    expect(h.root.plan.report).toEqual(computeCoverage(await storedPlan()));
  });

  it('rolls back and shows a Dutch error when the store refuses', async () => {
    const { fn, person } = pickFreePair();
    const assignmentsBefore = h.root.plan.plan!.assignments;
    h.failNext('assignments.set');
    expect(await h.root.execute(assignCommand(h.root, fn.id, person.id, 5))).toBe(false);
    expect(h.root.plan.plan!.assignments).toBe(assignmentsBefore);
    expect(dutch(h.root.ui.toasts.at(-1)?.text)).toBe(
      'De gegevens zijn even bezet door een ander programma. Er is niets gewijzigd. Probeer het zo opnieuw.',
    );
    expect(h.root.undo.canUndo).toBe(false);
  });

  it('moves a member between functions and undo moves them back with their old hours', async () => {
    const plan = h.root.plan.plan!;
    const a = plan.assignments[0]!;
    const target = plan.functions.find(
      (f) =>
        f.id !== a.functionId &&
        !plan.assignments.some((x) => x.functionId === f.id && x.professionalId === a.professionalId),
    )!;
    await h.root.execute(moveCommand(h.root, a.professionalId, a.functionId, target.id, 3));
    let stored = await storedPlan();
    expect(stored.assignments).toContainEqual({ functionId: target.id, professionalId: a.professionalId, hours: 3 });
    expect(stored.assignments.some((x) => x.functionId === a.functionId && x.professionalId === a.professionalId)).toBe(
      false,
    );
    await h.root.undo.undo();
    stored = await storedPlan();
    expect(stored.assignments).toContainEqual(a);
  });

  it('removing a member and undoing restores the place', async () => {
    const a = h.root.plan.plan!.assignments[0]!;
    await h.root.execute(unassignCommand(h.root, a.functionId, a.professionalId));
    expect((await storedPlan()).assignments).not.toContainEqual(a);
    await h.root.undo.undo();
    expect((await storedPlan()).assignments).toContainEqual(a);
  });

  it('team design and requirement edits are saved and undoable', async () => {
    const team = h.root.plan.plan!.team;
    const nextModel = team.model === 'A1' ? 'A2' : 'A1';
    await h.root.execute(updateTeamCommand(h.root, team.id, { model: nextModel }));
    expect((await storedPlan()).team.model).toBe(nextModel);
    expect(h.root.teams.byId.get(team.id)?.model).toBe(nextModel);
    await h.root.undo.undo();
    expect((await storedPlan()).team.model).toBe(team.model);

    const fn = h.root.plan.plan!.functions[0]!;
    await h.root.execute(setRequirementsCommand(h.root, fn.id, [{ competency: 'empathy', level: 4, minPeople: 2 }]));
    expect((await storedPlan()).functions.find((f) => f.id === fn.id)?.requirements).toEqual([
      { competency: 'empathy', level: 4, minPeople: 2 },
    ]);
    await h.root.undo.undo();
    expect((await storedPlan()).functions.find((f) => f.id === fn.id)?.requirements).toEqual(fn.requirements);
  });

  it('previews the coverage of a drop without changing the plan', () => {
    const { fn, person } = pickFreePair();
    const plan = h.root.plan.plan;
    h.root.ui.setDragPreview({ professionalId: person.id, functionId: fn.id, fromFunctionId: null });
    const preview = h.root.plan.previewReport!;
    expect(preview.functions.find((f) => f.id === fn.id)!.memberIds).toContain(person.id);
    expect(h.root.plan.plan).toBe(plan);
    expect(h.root.plan.shownReport).toEqual(preview);
    h.root.ui.setDragPreview(null);
    expect(h.root.plan.shownReport).toEqual(h.root.plan.report);
  });

  it('previews a drop with the hours the hours dialog offers, not all the free hours', () => {
    // A person with more hours free than a function lacks, so the two differ (as Sanne Mulder in Casusregie).
    const plan = h.root.plan;
    const pair = plan.inTeamFunctions
      .flatMap((fn) => plan.professionals.map((person) => ({ fn, person })))
      .find(({ fn, person }) => {
        const coverage = plan.report!.functions.find((f) => f.id === fn.id)!;
        const free = plan.freeHoursById.get(person.id) ?? 0;
        const inFn = plan.plan!.assignments.some((a) => a.functionId === fn.id && a.professionalId === person.id);
        return !inFn && free > Math.max(4, coverage.hoursRequired - coverage.hoursAllocated);
      });
    expect(pair).toBeDefined();
    const { fn, person } = pair!;
    const before = plan.report!.functions.find((f) => f.id === fn.id)!;
    const offered = Math.max(4, before.hoursRequired - before.hoursAllocated);
    h.root.ui.setDragPreview({ professionalId: person.id, functionId: fn.id, fromFunctionId: null });
    const shown = () => plan.shownReport!.functions.find((f) => f.id === fn.id)!.hoursAllocated;
    expect(shown()).toBe(before.hoursAllocated + offered);
    // Once the dialog is open, the preview follows what is typed in it.
    h.root.ui.setDragPreview({ professionalId: person.id, functionId: fn.id, fromFunctionId: null, hours: 2.5 });
    expect(shown()).toBe(before.hoursAllocated + 2.5);
  });

  it('previews a move with the hours the member keeps', () => {
    const plan = h.root.plan;
    const moving = plan.plan!.assignments.find((a) => (plan.freeHoursById.get(a.professionalId) ?? 0) > 0)!;
    const to = plan.inTeamFunctions.find(
      (fn) => !plan.plan!.assignments.some((a) => a.functionId === fn.id && a.professionalId === moving.professionalId),
    )!;
    const before = plan.report!.functions.find((f) => f.id === to.id)!.hoursAllocated;
    h.root.ui.setDragPreview({
      professionalId: moving.professionalId,
      functionId: to.id,
      fromFunctionId: moving.functionId,
    });
    expect(plan.shownReport!.functions.find((f) => f.id === to.id)!.hoursAllocated).toBe(before + moving.hours);
  });

  it('creating a team opens it inside the undo queue without deadlock; undo deletes it and reopens the previous plan', async () => {
    const previous = h.root.plan.view!.scenarioId;
    const open = (id: string | null) => h.root.openScenario(id, { keepHistory: true });
    const command = createTeamCommand(
      h.root,
      { name: 'Team Zuid', area: '', ...defaultDesign('A2') },
      { inTeam: ['caseCoordination'], inShell: ['crisisIntervention'] },
      open,
    );
    expect(await h.root.execute(command)).toBe(true);
    expect(h.root.plan.plan?.team.name).toBe('Team Zuid');
    // The model's shell functions come as shell functions, asking no hours of the team.
    expect(
      h.root.plan.plan?.functions.map((f) => [f.templateKey, f.placement, f.hoursRequired > 0 ? 'hours' : 'none']),
    ).toEqual([
      ['caseCoordination', 'team', 'hours'],
      ['crisisIntervention', 'shell', 'none'],
    ]);
    expect(h.root.undo.canUndo).toBe(true);
    await h.root.undo.undo();
    expect(h.root.teams.teams.some((t) => t.name === 'Team Zuid')).toBe(false);
    expect(h.root.plan.view?.scenarioId).toBe(previous);
  });
});

describe('free hours per person', () => {
  it('the observable map follows the plan, changing only the entry of the person placed', async () => {
    const plan = h.root.plan.plan!;
    const fn = plan.functions.find((f) => f.placement === 'team')!;
    const person = plan.professionals.find(
      (p) =>
        (h.root.plan.freeHoursById.get(p.id) ?? 0) >= 4 &&
        !plan.assignments.some((a) => a.functionId === fn.id && a.professionalId === p.id),
    )!;
    const other = plan.professionals.find((p) => p.id !== person.id)!;
    const before = h.root.plan.freeHours.get(person.id)!;
    const otherBefore = h.root.plan.freeHours.get(other.id);
    const changed: string[] = [];
    const stop = observe(h.root.plan.freeHours, (change) => void changed.push(String(change.name)));
    await h.root.execute(assignCommand(h.root, fn.id, person.id, 4));
    stop();
    expect(h.root.plan.freeHours.get(person.id)).toBe(before - 4);
    expect(h.root.plan.freeHours.get(other.id)).toBe(otherBefore);
    expect(changed).toEqual([person.id]);
  });
});

describe('lanes', () => {
  it('a drop changes the coverage and members of the lane it lands in, and no other lane', async () => {
    const plan = h.root.plan.plan!;
    const fn = plan.functions.find((f) => f.placement === 'team' && f.requirements.length > 0)!;
    const person = plan.professionals.find(
      (p) => !plan.assignments.some((a) => a.functionId === fn.id && a.professionalId === p.id),
    )!;
    const changed: string[] = [];
    const stopCoverage = observe(
      h.root.plan.laneCoverage,
      (change) => void changed.push(`coverage:${String(change.name)}`),
    );
    const stopMembers = observe(
      h.root.plan.laneMembers,
      (change) => void changed.push(`members:${String(change.name)}`),
    );
    await h.root.execute(assignCommand(h.root, fn.id, person.id, 2));
    stopCoverage();
    stopMembers();
    expect(changed).toContain(`members:${fn.id}`);
    expect(changed.filter((c) => !c.endsWith(`:${fn.id}`))).toEqual([]);
    expect(h.root.plan.laneMembers.get(fn.id)?.some((a) => a.professionalId === person.id)).toBe(true);
    expect(h.root.plan.laneCoverage.get(fn.id)).toEqual(h.root.plan.report!.functions.find((f) => f.id === fn.id));
  });
});
