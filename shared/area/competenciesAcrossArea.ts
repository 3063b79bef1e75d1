import { askedInShell } from '../engine/askedInShell.js';
import type { AnalysedTeam } from './analysedTeam.js';
import type { AreaCompetency } from './types.js';

/**
 * Per competency, what the area holds: the best rating among all members of its teams,
 * and per team what its own functions ask and whether it holds that. Every number is the
 * engine's team profile (computeCoverage), so a team reads the same here as on its board.
 */
export function competenciesAcrossArea(teams: readonly AnalysedTeam[]): AreaCompetency[] {
  const byKey = new Map<string, AreaCompetency>();
  for (const { entry, report } of teams) {
    const inShell = askedInShell(report, 'competency');
    for (const p of report.profile) {
      let row = byKey.get(p.competency);
      if (!row) {
        row = { competency: p.competency, bestInArea: 0, heldAtRequiredBy: [], perTeam: [] };
        byKey.set(p.competency, row);
      }
      row.bestInArea = Math.max(row.bestInArea, p.best);
      const holdersAtRequired = p.requiredLevel === null ? 0 : p.holders.length;
      if (holdersAtRequired > 0) row.heldAtRequiredBy.push(entry.teamId);
      row.perTeam.push({
        teamId: entry.teamId,
        requiredLevel: p.requiredLevel,
        askedInShell: p.requiredLevel === null && inShell.has(p.competency),
        best: p.best,
        holdersAtRequired,
      });
    }
  }
  return [...byKey.values()];
}
