import type { CoverageReport, RequirementCoverage } from '../types.js';

/** One gap: an in-team requirement that is partial or missing, with the function it belongs to. */
export interface OpenGap {
  functionId: string;
  requirement: RequirementCoverage;
}

/**
 * The gaps of a report, in the order whoClosesGaps lists them (functions in plan order,
 * requirements in function order). Reading them costs one pass over the report, so the
 * board can show the gaps in the frame of a drop and let the candidates for them follow.
 */
export function openGaps(report: CoverageReport): OpenGap[] {
  const gaps: OpenGap[] = [];
  for (const fn of report.functions) {
    if (fn.inShell) continue;
    for (const requirement of fn.requirements) {
      if (requirement.status !== 'covered') gaps.push({ functionId: fn.id, requirement });
    }
  }
  return gaps;
}

/** The key that names one gap across reports: the same requirement of the same function. */
export function gapKey(gap: { functionId: string; kind: string; competency: string }): string {
  return `${gap.functionId}:${gap.kind}:${gap.competency}`;
}
