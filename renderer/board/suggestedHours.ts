import { offeredHours } from '../../shared/engine/index.js';
import type { CoverageReport } from '../../shared/engine/types.js';
import { MAX_PERSON_HOURS } from '../../shared/domain/hourLimits.js';
import type { PlanStore } from './PlanStore.js';
import type { DragPreview } from '../app/UiStore.js';

/**
 * Hours to offer when someone joins a function: the engine's `offeredHours` (what the
 * function lacks, within the person's free hours, at least the minimum assignment).
 * Before the first report, what the person has free. Never 0: an assignment needs hours.
 */
export function offerHours(free: number, report: CoverageReport | null, functionId: string): number {
  const fn = report?.functions.find((f) => f.id === functionId);
  const hours = fn ? offeredHours(free, fn.hoursRequired - fn.hoursAllocated) : free;
  return hours > 0 ? Math.min(MAX_PERSON_HOURS, hours) : 1;
}

function suggestedHours(plan: PlanStore, professionalId: string, functionId: string): number {
  return offerHours(plan.freeHoursById.get(professionalId) ?? 0, plan.report, functionId);
}

/**
 * The hours a drop books unless the person types others in the hours dialog: a member
 * moved keeps the hours they had, someone new gets the offer. The dialog is prefilled with
 * these and the board previews them, so the two never show different numbers.
 */
export function dropHours(plan: PlanStore, drop: DragPreview): number {
  const moving = drop.fromFunctionId
    ? plan.plan?.assignments.find(
        (a) => a.functionId === drop.fromFunctionId && a.professionalId === drop.professionalId,
      )
    : undefined;
  return moving ? moving.hours : suggestedHours(plan, drop.professionalId, drop.functionId);
}
