import type { PlanStore } from '../stores/PlanStore.js';

/**
 * Hours to offer when someone joins a function: what the person has free, but no more
 * than the function still lacks (when it lacks any). Never 0: an assignment needs hours.
 */
export function suggestedHours(plan: PlanStore, professionalId: string, functionId: string): number {
  const free = plan.freeHoursById.get(professionalId) ?? 0;
  const fn = plan.report?.functions.find((f) => f.id === functionId);
  const lacking = fn ? fn.hoursRequired - fn.hoursAllocated : 0;
  const hours = lacking > 0 ? Math.min(free, lacking) : free;
  return hours > 0 ? Math.min(60, hours) : 1;
}
