import { expertiseLevelOf } from '../engine/expertiseLevel.js';
import type { AnalysedTeam } from './analysedTeam.js';
import type { AreaExpertise, ExpertiseInTeam } from './types.js';

/** The best level a team's members bring of one expertise, and how many bring it. */
export function expertiseHeld(team: AnalysedTeam, key: string): { bestLevel: number; holders: number } {
  let bestLevel = 0;
  let holders = 0;
  for (const member of team.members) {
    // The engine's reading of a person's level, so the area judges expertise as coverage does.
    const level = expertiseLevelOf(member.expertise, key);
    if (level === 0) continue;
    holders += 1;
    bestLevel = Math.max(bestLevel, level);
  }
  return { bestLevel, holders };
}

/**
 * Vakkennis across the area: every expertise some team asks for or some member brings,
 * with per team the best level its members bring, how many bring it at the level the
 * team asks (the engine's `holders`, the board's "3 op niveau ≥ 2") and the engine's
 * verdict for the team (in the team, only in the shell, missing).
 */
export function expertiseAcrossArea(teams: readonly AnalysedTeam[]): AreaExpertise[] {
  const keys: string[] = [];
  for (const team of teams) {
    for (const e of team.report.expertise) if (!keys.includes(e.key)) keys.push(e.key);
  }
  return keys.map((key) => {
    const perTeam: ExpertiseInTeam[] = teams.map((team) => {
      const { bestLevel } = expertiseHeld(team, key);
      const coverage = team.report.expertise.find((e) => e.key === key);
      return {
        teamId: team.entry.teamId,
        bestLevel,
        // The engine counts at the level an in-team function asks, or any level when none asks.
        holders: coverage?.holders.length ?? 0,
        atLevel: coverage?.requiredLevel ?? 1,
        status: coverage?.status ?? null,
      };
    });
    return { key, bestInArea: Math.max(0, ...perTeam.map((t) => t.bestLevel)), perTeam };
  });
}
