import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import { deleteProfessional } from '../../../renderer/people/deleteProfessional.js';
import { dutch, openHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await dispatch(h.store.handlers, method, input);
  if (!result.ok) throw new Error(`${method} failed`);
  return result.value as ApiOutput<M>;
}

/** Daan's places in every team's main scenario, as the store has them. */
async function placesOf(id: string) {
  const out: { team: string; functionId: string; hours: number }[] = [];
  for (const team of await call('teams.list', {})) {
    const view = await call('plan.get', { scenarioId: team.scenarios.find((s) => s.isMain)!.id });
    for (const a of view.plan.assignments)
      if (a.professionalId === id) out.push({ team: team.name, functionId: a.functionId, hours: a.hours });
  }
  return out;
}

describe('deleting a professional from the professionals screen', () => {
  it('backs up first, and undo brings the person back in every team, hours as they were', async () => {
    const daan = h.root.professionals.list.find((p) => p.name === 'Daan Smit')!;
    // Daan is in the open team (Noord); give him a place in another team too.
    const openTeam = h.root.plan.openTeamId;
    const other = (await call('teams.list', {})).find((t) => t.id !== openTeam)!;
    const otherPlan = await call('plan.get', { scenarioId: other.scenarios[0]!.id });
    await call('assignments.set', { functionId: otherPlan.plan.functions[0]!.id, professionalId: daan.id, hours: 6 });
    const before = await placesOf(daan.id);
    expect(new Set(before.map((p) => p.team)).size).toBe(2);

    await deleteProfessional(h.root, daan);
    expect(await placesOf(daan.id)).toEqual([]);
    expect(h.root.professionals.byId.has(daan.id)).toBe(false);
    expect(dutch(h.root.ui.toasts.at(-1)?.text)).toBe(
      'Daan Smit is verwijderd. Met Ongedaan maken zet u Daan Smit terug, met alle plaatsen in de teams.',
    );
    const backups = await call('backups.list', {});
    expect(backups[0]).toMatchObject({ reason: 'beforeRemoval', removal: { kind: 'professional', name: 'Daan Smit' } });

    expect(await h.root.undo.undo()).toBe(true);
    expect(await placesOf(daan.id)).toEqual(before);
    expect(h.root.professionals.byId.get(daan.id)).toEqual(daan);
    expect(h.root.plan.plan!.assignments.filter((a) => a.professionalId === daan.id)).toHaveLength(1);
    expect(dutch(h.root.ui.toasts.at(-1)?.text)).toBe('Daan Smit is teruggezet, met alle plaatsen in de teams.');

    // Redo deletes the same person again.
    expect(await h.root.undo.redo()).toBe(true);
    expect(await placesOf(daan.id)).toEqual([]);
  });

  it('asks the focus for the next person in the list, or the one before when the last goes', async () => {
    const sorted = h.root.professionals.sorted;
    const [first, second] = sorted;
    await deleteProfessional(h.root, first!);
    expect(h.root.professionals.selectedId).toBe(second!.id);
    expect(h.root.ui.focusRequest).toEqual({ kind: 'professional', professionalId: second!.id });

    const last = sorted.at(-1)!;
    const beforeLast = sorted.at(-2)!;
    await deleteProfessional(h.root, last);
    expect(h.root.ui.focusRequest).toEqual({ kind: 'professional', professionalId: beforeLast.id });
  });

  it('deletes nothing when the backup before it fails', async () => {
    const daan = h.root.professionals.list.find((p) => p.name === 'Daan Smit')!;
    h.failNext('backups.create');
    await deleteProfessional(h.root, daan);
    expect(h.root.professionals.byId.has(daan.id)).toBe(true);
    expect(h.root.ui.toasts.at(-1)?.kind).toBe('error');
    expect(h.calls).not.toContain('professionals.delete');
  });
});
