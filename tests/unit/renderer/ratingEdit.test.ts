import { reaction } from 'mobx';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setRatingCommand, updateProfessionalCommand } from '../../../renderer/people/professionalCommands.js';
import { dutchOrder } from '../../../shared/hr/dutchOrder.js';
import type * as DutchOrder from '../../../shared/hr/dutchOrder.js';
import { openHarness, type Harness } from './harness.js';

// Counts the pool's sorting: every comparison of two names goes through the one Dutch collator.
vi.mock('../../../shared/hr/dutchOrder.js', async (original) => {
  const real = await original<typeof DutchOrder>();
  return { ...real, dutchOrder: vi.fn(real.dutchOrder) };
});
const comparisons = vi.mocked(dutchOrder);

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

/** A person of the open plan and a competency they are not rated 4 on. */
function someoneToRate() {
  const person = h.root.professionals.sorted.find((p) => h.root.plan.professionalById.has(p.id))!;
  const competency = h.root.catalogue.competencies.find((c) => person.ratings[c.key] !== 4)!.key;
  return { person, competency };
}

describe('changing one rating of a region-sized pool (the professionals screen)', () => {
  it('changes the person in place: the pool is not sorted again and keeps its order', async () => {
    const { person, competency } = someoneToRate();
    // The screen's list observes the sorted pool, as here.
    const stop = reaction(
      () => h.root.professionals.sorted,
      () => undefined,
    );
    const order = h.root.professionals.sorted.map((p) => p.id);
    comparisons.mockClear();
    await h.root.execute(setRatingCommand(h.root, person.id, competency, 4));
    expect(comparisons).not.toHaveBeenCalled();
    expect(h.root.professionals.sorted.map((p) => p.id)).toEqual(order);
    const changed = h.root.professionals.sorted.find((p) => p.id === person.id)!;
    expect(changed.ratings[competency]).toBe(4);
    expect(changed).toBe(h.root.professionals.byId.get(person.id));
    stop();
  });

  it('a new name still takes its place in the Dutch order', async () => {
    const { person } = someoneToRate();
    await h.root.execute(updateProfessionalCommand(h.root, person.id, { name: 'Aafke Aalbers' }));
    expect(h.root.professionals.sorted[0]!.name).toBe('Aafke Aalbers');
    await h.root.undo.undo();
    expect(h.root.professionals.sorted.find((p) => p.id === person.id)!.name).toBe(person.name);
    expect(h.root.professionals.sorted.map((p) => p.name)).toEqual(
      [...h.root.professionals.list].sort((a, b) => dutchOrder(a.name, b.name)).map((p) => p.name),
    );
  });

  it("keeps the objects of the person's other fields, so the editor renders only the ratings", async () => {
    const { person, competency } = someoneToRate();
    const before = h.root.professionals.byId.get(person.id)!;
    await h.root.execute(setRatingCommand(h.root, person.id, competency, 4));
    const after = h.root.professionals.byId.get(person.id)!;
    expect(after).not.toBe(before);
    expect(after.teamRoles).toBe(before.teamRoles);
    expect(after.expertise).toBe(before.expertise);
    expect(after.ratings).not.toBe(before.ratings);
    // The open plan holds the same person, for the board's coverage.
    expect(h.root.plan.professionalById.get(person.id)).toBe(after);
  });

  it('an answer that changes nothing leaves the pool and the open plan as they were', async () => {
    const { person } = someoneToRate();
    // The first edit puts the pool's copy of the person in the plan.
    await h.root.execute(updateProfessionalCommand(h.root, person.id, { contractHours: person.contractHours + 1 }));
    const plan = h.root.plan.plan;
    const list = h.root.professionals.list;
    const same = h.root.professionals.byId.get(person.id)!;
    await h.root.execute(updateProfessionalCommand(h.root, person.id, { contractHours: same.contractHours }));
    expect(h.root.plan.plan).toBe(plan);
    expect(h.root.professionals.list).toBe(list);
  });

  it('undo and redo of a rating reach the pool, the open plan and its coverage', async () => {
    const { person, competency } = someoneToRate();
    const level = person.ratings[competency];
    await h.root.execute(setRatingCommand(h.root, person.id, competency, 4));
    const rated = h.root.plan.report;
    expect(h.root.plan.professionalById.get(person.id)!.ratings[competency]).toBe(4);
    await h.root.undo.undo();
    expect(h.root.professionals.byId.get(person.id)!.ratings[competency]).toBe(level);
    expect(h.root.plan.professionalById.get(person.id)!.ratings[competency]).toBe(level);
    expect(h.root.plan.report).not.toBe(rated);
    await h.root.undo.redo();
    expect(h.root.professionals.byId.get(person.id)!.ratings[competency]).toBe(4);
    expect(h.root.plan.professionalById.get(person.id)!.ratings[competency]).toBe(4);
    const stored = (await h.root.api.call('professionals.list', {})).find((p) => p.id === person.id)!;
    expect(stored.ratings[competency]).toBe(4);
  });
});
