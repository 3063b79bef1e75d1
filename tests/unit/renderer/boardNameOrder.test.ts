import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

/**
 * The board orders names as every other screen does (shared/hr/dutchOrder.ts): numbers
 * inside a name by their value, so "Medewerker 2" comes before "Medewerker 10" in the pool
 * as it does in the professionals list and HR.
 */
describe("the board's name order", () => {
  it('lists the pool and the organisation filter in the one Dutch order', () => {
    const plan = h.root.plan.plan!;
    const named = [
      ['Medewerker 10', 'Zorg 10'],
      ['Medewerker 2', 'Zorg 2'],
      ['medewerker 3', 'zorg 3'],
      ['Médewerker 1', 'Zorg 1'],
    ] as const;
    const professionals = plan.professionals.slice(0, named.length).map((p, i) => ({
      ...p,
      name: named[i]![0],
      organisation: named[i]![1],
    }));
    h.root.plan.setPlan({ ...plan, professionals });

    expect(h.root.plan.sortedPool.map((p) => p.name)).toEqual([
      'Médewerker 1',
      'Medewerker 2',
      'medewerker 3',
      'Medewerker 10',
    ]);
    expect(h.root.plan.organisations).toEqual(['Zorg 1', 'Zorg 2', 'zorg 3', 'Zorg 10']);
  });
});
