import type { RequirementCoverage } from './types.js';

/**
 * The status a person reads for a requirement: the engine's status, except that a
 * requirement covered by exactly one person is shown as thin (kwetsbaar: one departure
 * away from a gap). The board, the print, HR's cells and the scenario comparison all
 * word it through `REQUIREMENT_STATUS_KEY`.
 */
export type ShownStatus = 'covered' | 'thin' | 'partial' | 'missing';

export function shownStatus(r: Pick<RequirementCoverage, 'status' | 'thin'>): ShownStatus {
  return r.status === 'covered' && r.thin ? 'thin' : r.status;
}
