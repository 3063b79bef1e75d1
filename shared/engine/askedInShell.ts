import type { CoverageReport, RequirementKind } from './types.js';

/**
 * The competencies (or vakkennis) that shell functions ask of their members. Something
 * only the shell asks is asked, not "niet gevraagd": the team refers it to the shell. HR's
 * matrix and the area view both word it so from this one set.
 */
export function askedInShell(report: CoverageReport, kind: RequirementKind): Set<string> {
  const keys = new Set<string>();
  for (const fn of report.functions) {
    if (!fn.inShell) continue;
    for (const r of fn.requirements) if (r.kind === kind) keys.add(r.competency);
  }
  return keys;
}
