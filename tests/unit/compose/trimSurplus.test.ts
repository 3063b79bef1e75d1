import { describe, expect, it } from 'vitest';
import { scoreOf, type Composition } from '../../../shared/compose/composition.js';
import { greedyComposition } from '../../../shared/compose/greedy.js';
import { buildInstance } from '../../../shared/compose/instance.js';
import { composeOptions } from '../../../shared/compose/options.js';
import { trimSurplusHours } from '../../../shared/compose/trimSurplus.js';
import type { TeamPlan } from '../../../shared/plan/planSchema.js';
import { randomPlan } from '../../bench/composeData.js';

/** A stopped composition's hours: no function gets more than it asks where hours can be taken. */

function hoursIn(composition: Composition, functionId: string): number {
  return composition.filter((a) => a.functionId === functionId).reduce((sum, a) => sum + a.hours, 0);
}

function planWith(hoursRequired: number): TeamPlan {
  const plan = randomPlan(1, 6, 1);
  return { ...plan, functions: plan.functions.map((f) => ({ ...f, hoursRequired })) };
}

describe('compose: hours a function does not ask for are taken away', () => {
  it('caps the members with the most hours first, never below the minimum or what the function asks', () => {
    const plan = planWith(16);
    const [f] = plan.functions;
    const [a, b, c] = plan.professionals;
    const seats = [
      { professionalId: a!.id, functionId: f!.id, hours: 12 },
      { professionalId: b!.id, functionId: f!.id, hours: 8 },
      { professionalId: c!.id, functionId: f!.id, hours: 8 },
    ];
    // 28 hours for 16: all three at 5.34 (16.02, rounded up to hundredths so nothing is left open).
    expect(trimSurplusHours(plan, seats, 4, []).map((s) => s.hours)).toEqual([5.34, 5.34, 5.34]);
    // A locked seat keeps its hours; the others give what they can.
    expect(
      trimSurplusHours(plan, seats, 4, [{ professionalId: a!.id, functionId: f!.id }]).map((s) => s.hours),
    ).toEqual([12, 4, 4]);
    // Asking less than the minimum of all members: everyone at the minimum, the rest cannot be taken.
    expect(trimSurplusHours(planWith(6), seats, 4, []).map((s) => s.hours)).toEqual([4, 4, 4]);
    // Nothing above what is asked: unchanged.
    expect(trimSurplusHours(planWith(40), seats, 4, [])).toEqual(seats);
    // The input is not changed.
    expect(seats.map((s) => s.hours)).toEqual([12, 8, 8]);
  });

  it('keeps every tier of the score and leaves only surplus that cannot be taken (greedy compositions of 40 pools)', () => {
    let trimmed = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const plan = randomPlan(seed, 30 + (seed % 4) * 20, 4 + (seed % 3) * 4);
      const options = composeOptions();
      const composition = greedyComposition(buildInstance(plan, options))!;
      const after = trimSurplusHours(plan, composition, options.minHours, []);
      expect(scoreOf(plan, after)).toEqual(scoreOf(plan, composition));
      expect(after.map((a) => [a.professionalId, a.functionId])).toEqual(
        composition.map((a) => [a.professionalId, a.functionId]),
      );
      after.forEach((seat, i) => {
        const before = composition[i]!.hours;
        // Only down, and never below the minimum of an assignment (or its own hours, if lower).
        expect(seat.hours).toBeLessThanOrEqual(before);
        expect(seat.hours).toBeGreaterThanOrEqual(Math.min(before, options.minHours));
      });
      for (const fn of plan.functions) {
        const seats = after.filter((a) => a.functionId === fn.id);
        const was = hoursIn(composition, fn.id);
        const now = hoursIn(after, fn.id);
        if (now < was - 1e-9) trimmed += 1;
        // Never less than asked where it had enough; at most a hundredth per member above it,
        // unless every member is already at the minimum.
        expect(now).toBeGreaterThanOrEqual(Math.min(was, fn.hoursRequired) - 1e-9);
        const floor = seats.length * options.minHours;
        expect(now).toBeLessThanOrEqual(Math.max(fn.hoursRequired, floor, 0) + 0.01 * seats.length + 1e-9);
      }
    }
    // The greedy start over-gives hours often enough for the property to mean something.
    expect(trimmed).toBeGreaterThan(20);
  });
});
