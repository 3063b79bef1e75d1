import type { TeamPlan } from '../plan/planSchema.js';
import type { Composition } from './composition.js';

/** Below this a function's hours are taken as what it asks (plan files keep hundredths). */
const HUNDREDTH = 0.005;

/**
 * Takes away hours a function does not ask for: a composition whose search stopped before
 * the last step (the hours polish, docs/compose.md) can give a function more hours than it
 * asks ("264 van 208 uur"), from a start or an incumbent whose hours nobody evened out.
 * Per in-team function the members' hours are capped at one level, so those with the most
 * give up hours first, never below `minHours` and never below what the function asks;
 * locked assignments keep their hours. Only hours go down: no member, coverage, unfilled
 * hour, contract or assignment changes, and nobody can exceed their free hours. Where
 * nothing can be taken (every member at the minimum, or no surplus) the composition is
 * returned as it was, so a polished composition is unchanged.
 */
export function trimSurplusHours(
  plan: TeamPlan,
  composition: Composition,
  minHours: number,
  locked: readonly { professionalId: string; functionId: string }[],
): Composition {
  const isLocked = new Set(locked.map((l) => `${l.professionalId}|${l.functionId}`));
  const out = composition.map((a) => ({ ...a }));
  for (const fn of plan.functions) {
    if (fn.placement !== 'team') continue;
    const seats = out.filter((a) => a.functionId === fn.id);
    const total = seats.reduce((sum, a) => sum + a.hours, 0);
    if (total - fn.hoursRequired <= HUNDREDTH) continue;
    const movable = seats.filter((a) => !isLocked.has(`${a.professionalId}|${a.functionId}`) && a.hours > minHours);
    const fixed = total - movable.reduce((sum, a) => sum + a.hours, 0);
    // Every movable seat capped at `level` (at least minHours) gives the function exactly what it asks.
    const level = levelFor(
      movable.map((a) => a.hours),
      fn.hoursRequired - fixed,
      minHours,
    );
    for (const seat of movable) seat.hours = Math.min(seat.hours, level);
  }
  return out;
}

/**
 * The cap L (rounded up to hundredths, so the function never gets less than it asks) with
 * sum(max(floor, min(h, L))) >= target: found over the sorted hours, highest first.
 */
function levelFor(hours: number[], target: number, floor: number): number {
  const sorted = [...hours].sort((a, b) => b - a);
  // With the cap at the floor every seat gives the floor: the most that can be taken.
  if (sorted.length * floor >= target) return floor;
  let rest = sorted.reduce((sum, h) => sum + h, 0);
  for (let k = 0; k < sorted.length; k += 1) {
    // The k+1 highest seats share the cap; the rest keep their hours.
    rest -= sorted[k]!;
    const level = (target - rest) / (k + 1);
    const next = sorted[k + 1] ?? floor;
    if (level >= next) return Math.max(floor, Math.ceil(level * 100 - 1e-9) / 100);
  }
  return sorted[0] ?? floor;
}
