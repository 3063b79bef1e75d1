import type { CoverageReport } from '../../shared/engine/types.js';
import type { PlanStore } from './PlanStore.js';

/**
 * Hours to offer when someone joins a function: what the person has free, but no more
 * than the function still lacks (when it lacks any). Never 0: an assignment needs hours.
 */
export function offerHours(free: number, report: CoverageReport | null, functionId: string): number {
  const fn = report?.functions.find((f) => f.id === functionId);
  const lacking = fn ? fn.hoursRequired - fn.hoursAllocated : 0;
  const hours = lacking > 0 ? Math.min(free, lacking) : free;
  return hours > 0 ? Math.min(60, hours) : 1;
}

export function suggestedHours(plan: PlanStore, professionalId: string, functionId: string): number {
  return offerHours(plan.freeHoursById.get(professionalId) ?? 0, plan.report, functionId);
}
