import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch.js';
import { assignCommand } from '../../../renderer/board/assignmentCommands.js';
import { eraseProfessional } from '../../../renderer/people/privacy/eraseProfessional.js';
import { dutch, openHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

describe('erasing a professional (right to erasure)', () => {
  it('removes them from the store, the pool and the open plan, and clears the undo history', async () => {
    const plan = h.root.plan.plan!;
    const member = plan.assignments[0]!;
    const person = plan.professionals.find((p) => p.id === member.professionalId)!;
    const fn = plan.functions.find(
      (f) =>
        f.placement === 'team' &&
        !plan.assignments.some((a) => a.functionId === f.id && a.professionalId === person.id),
    )!;
    expect(await h.root.execute(assignCommand(h.root, fn.id, person.id, 2))).toBe(true);
    expect(h.root.undo.canUndo).toBe(true);

    await eraseProfessional(h.root, person.id, person.name);

    const stored = await dispatch(h.store.handlers, 'professionals.list', {});
    expect(stored.ok).toBe(true);
    expect(stored.ok && (stored.value as { id: string }[]).some((p) => p.id === person.id)).toBe(false);
    expect(h.root.professionals.byId.has(person.id)).toBe(false);
    expect(h.root.plan.plan!.professionals.some((p) => p.id === person.id)).toBe(false);
    expect(h.root.plan.plan!.assignments.some((a) => a.professionalId === person.id)).toBe(false);
    expect(h.root.undo.canUndo).toBe(false);
    expect(dutch(h.root.ui.toasts.at(-1)?.text)).toBe(`De gegevens van ${person.name} zijn gewist.`);
  });

  it('changes nothing and says why when the store refuses', async () => {
    const person = h.root.professionals.list[0]!;
    h.failNext('professionals.delete');
    await eraseProfessional(h.root, person.id, person.name);
    expect(h.root.professionals.byId.has(person.id)).toBe(true);
    expect(h.root.ui.toasts.at(-1)?.kind).toBe('error');
    expect(dutch(h.root.ui.toasts.at(-1)?.text)).toBe(
      'De gegevens zijn even bezet door een ander programma. Er is niets gewijzigd. Probeer het zo opnieuw.',
    );
  });
});
