import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

function sampleFatima() {
  const person = h.root.plan.plan!.professionals.find((p) => p.name === 'Fatima El Amrani');
  if (!person) throw new Error('the sample should hold Fatima El Amrani');
  return person;
}

describe('people shared with another team (Voorbeeldwijk: Fatima works in both teams)', () => {
  it('counts her hours in the other team: no free hours left, and she is flagged as over-allocated', () => {
    const fatima = sampleFatima();
    const here = h.root.plan
      .plan!.assignments.filter((a) => a.professionalId === fatima.id)
      .reduce((s, a) => s + a.hours, 0);
    const elsewhere = h.root.plan.hoursElsewhere[fatima.id] ?? 0;
    expect(here).toBeGreaterThan(0);
    expect(elsewhere).toBeGreaterThan(0);
    expect(here + elsewhere).toBeGreaterThan(fatima.contractHours);
    // Within this team alone she fits her contract; the engine (one plan) does not flag her...
    expect(here).toBeLessThanOrEqual(fatima.contractHours);
    expect(h.root.plan.report!.overAllocated).not.toContain(fatima.id);
    // ...but as a person she has no hours left, and the board says so.
    expect(h.root.plan.freeHoursById.get(fatima.id)).toBe(0);
    expect(h.root.plan.overAllocatedIds).toContain(fatima.id);
  });

  it('someone only in this team keeps contract minus the hours here', () => {
    const plan = h.root.plan.plan!;
    const solo = plan.professionals.find(
      (p) => !(p.id in h.root.plan.hoursElsewhere) && plan.assignments.some((a) => a.professionalId === p.id),
    )!;
    const here = plan.assignments.filter((a) => a.professionalId === solo.id).reduce((s, a) => s + a.hours, 0);
    expect(h.root.plan.freeHoursById.get(solo.id)).toBe(Math.max(0, solo.contractHours - here));
  });
});
