import type { CoverageReport } from '../types.js';

/** Contract hours not yet assigned in this plan, per professional index; never below 0. */
export function hoursAvailable(report: CoverageReport): number[] {
  return report.professionals.map((l) => Math.max(0, l.contractHours - l.hoursAllocated));
}
