import { autorun, reaction } from 'mobx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../shared/api/dispatch.js';
import type { PlanView } from '../../../../shared/api/entities.js';
import { computeCoverage, whoClosesGaps } from '../../../../shared/engine/index.js';
import type { GapSuggestion } from '../../../../shared/engine/types.js';
import type { TeamPlan } from '../../../../shared/plan/planSchema.js';
import { assignCommand } from '../../../../renderer/board/assignmentCommands.js';
import { openHarness, type Harness } from '../harness.js';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

/** The engine's answer for a plan as the board would show it: three candidates per gap. */
function expectedFor(view: Pick<PlanView, 'plan' | 'hoursElsewhere'>): GapSuggestion[] {
  return whoClosesGaps(view.plan, computeCoverage(view.plan), 3, view.hoursElsewhere);
}

/** The best candidate of the first gap that has one: dropping them changes that gap's candidates for sure. */
function firstCandidate(suggestions: readonly GapSuggestion[]): { functionId: string; professionalId: string } {
  const gap = suggestions.find((s) => s.candidates.length > 0);
  if (!gap) throw new Error('the sample has no gap with a candidate');
  return { functionId: gap.functionId, professionalId: gap.candidates[0]!.professionalId };
}

function candidatesIn(suggestions: readonly GapSuggestion[], functionId: string): string[] {
  return suggestions
    .filter((s) => s.functionId === functionId)
    .flatMap((s) => s.candidates.map((c) => c.professionalId));
}

describe('the suggestions after a drop ("who closes the gap")', () => {
  it('are those of the new plan at once, before the save has even answered', async () => {
    const before = h.root.plan.gapSuggestions;
    expect(before).toEqual(expectedFor(h.root.plan.view!));
    const { functionId, professionalId } = firstCandidate(before);
    expect(candidatesIn(before, functionId)).toContain(professionalId);

    // What the board reads in the moment the edit enters the plan store (the frame of the drop).
    const atEdit: { plan: TeamPlan; suggestions: readonly GapSuggestion[]; saveDone: boolean }[] = [];
    let saveDone = false;
    const stop = reaction(
      () => h.root.plan.plan,
      (plan) => void atEdit.push({ plan: plan!, suggestions: h.root.plan.gapSuggestions, saveDone }),
    );
    await h.root.execute(assignCommand(h.root, functionId, professionalId, 4)).then(() => (saveDone = true));
    stop();

    expect(atEdit).toHaveLength(1);
    const [{ plan, suggestions, saveDone: savedBefore }] = atEdit as [(typeof atEdit)[number]];
    expect(savedBefore).toBe(false);
    expect(plan.assignments).toContainEqual({ functionId, professionalId, hours: 4 });
    expect(suggestions).toEqual(expectedFor({ plan, hoursElsewhere: h.root.plan.hoursElsewhere }));
    // A member is never a candidate for their own function: stale suggestions would still offer them.
    expect(candidatesIn(suggestions, functionId)).not.toContain(professionalId);
    expect(suggestions).not.toEqual(before);

    // The same as the engine computes from what the store really saved.
    const stored = await dispatch(h.store.handlers, 'plan.get', { scenarioId: h.root.plan.view!.scenarioId });
    if (!stored.ok) throw new Error('plan.get failed');
    expect(h.root.plan.gapSuggestions).toEqual(expectedFor(stored.value as PlanView));
  });

  it('follow the preview while a person is held over a function, and go back when the drag is cancelled', () => {
    const view = h.root.plan.view!;
    const { functionId, professionalId } = firstCandidate(h.root.plan.gapSuggestions);
    const idle = h.root.plan.gapSuggestions;
    h.root.ui.setDragPreview({ professionalId, functionId, fromFunctionId: null });
    const previewReport = h.root.plan.shownReport!;
    expect(previewReport).not.toBe(h.root.plan.report);
    expect(h.root.plan.gapSuggestions).toEqual(whoClosesGaps(view.plan, previewReport, 3, view.hoursElsewhere));
    h.root.ui.setDragPreview(null);
    expect(h.root.plan.gapSuggestions).toEqual(idle);
  });

  it('are computed once per plan and report while the board shows them, not once per read', () => {
    // The panel observes them; a MobX computed keeps its value while it is observed.
    const seen: (readonly GapSuggestion[])[] = [];
    const stop = autorun(() => void seen.push(h.root.plan.gapSuggestions));
    const first = h.root.plan.gapSuggestions;
    expect(h.root.plan.gapSuggestions).toBe(first);
    // Pointing at a member changes neither plan nor report: no new suggestions.
    h.root.ui.setFocusedMember(h.root.plan.plan!.assignments[0]!.professionalId);
    expect(h.root.plan.gapSuggestions).toBe(first);
    stop();
    expect(seen).toEqual([first]);
  });
});
