import type { CoverageReport } from '../engine/types.js';
import type { GapSeverity, HrCell } from './types.js';

const RANK: Record<GapSeverity, number> = { missing: 0, partial: 1, thin: 2, covered: 3, notRequired: 4 };

function worseOf(a: GapSeverity, b: GapSeverity): GapSeverity {
  return RANK[a] <= RANK[b] ? a : b;
}

/**
 * One row of the HR matrix: per competency the worst status of any in-team requirement
 * on it (shell functions ask nothing of the team, as in the engine). A requirement that
 * is covered but rests on one person is `thin`: HR wants to see where one departure
 * opens a gap.
 */
export function competencyCells(report: CoverageReport, competencies: readonly string[]): HrCell[] {
  const cells = new Map<string, HrCell>();
  for (const key of competencies) {
    cells.set(key, { competency: key, severity: 'notRequired', requiredLevel: null, best: 0, openRequirements: 0 });
  }
  for (const entry of report.profile) {
    const cell = cells.get(entry.competency);
    if (cell) cell.best = entry.best;
  }
  for (const fn of report.functions) {
    if (fn.inShell) continue;
    for (const r of fn.requirements) {
      const cell = cells.get(r.competency);
      if (!cell) continue;
      const status: GapSeverity = r.status === 'covered' ? (r.thin ? 'thin' : 'covered') : r.status;
      cell.severity = cell.severity === 'notRequired' ? status : worseOf(cell.severity, status);
      cell.requiredLevel = Math.max(cell.requiredLevel ?? 0, r.level);
      if (r.status !== 'covered') cell.openRequirements += 1;
    }
  }
  return competencies.map((key) => cells.get(key)!);
}
