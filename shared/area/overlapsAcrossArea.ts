import { AGE_GROUPS } from '../catalogue/teamDesign.js';
import type { AreaOverlap, AreaTeam } from './types.js';

function normalised(text: string): string {
  return text.trim().toLocaleLowerCase('nl');
}

/**
 * Two teams claiming the same terrain: a life domain on both terrains for an age group
 * both serve. The third prototype gives each narrow team its own terrain, so such an
 * overlap is worth a conversation (who decides for this family?), not necessarily a
 * mistake. `basis` says whether both claims are mandates or one comes from functions.
 */
export function overlapsAcrossArea(teams: readonly AreaTeam[]): AreaOverlap[] {
  const overlaps: AreaOverlap[] = [];
  for (let i = 0; i < teams.length; i += 1) {
    for (let j = i + 1; j < teams.length; j += 1) {
      const a = teams[i]!;
      const b = teams[j]!;
      const domains = a.terrain.filter((d) => b.terrain.includes(d));
      const ageGroups = AGE_GROUPS.filter((g) => a.ageGroups.includes(g) && b.ageGroups.includes(g));
      if (domains.length === 0 || ageGroups.length === 0) continue;
      const theirs = new Set(b.targetGroups.map(normalised));
      overlaps.push({
        teamIds: [a.teamId, b.teamId],
        domains,
        ageGroups,
        sharedTargetGroups: a.targetGroups.filter((g) => theirs.has(normalised(g))),
        basis: a.terrainSource === 'mandate' && b.terrainSource === 'mandate' ? 'mandate' : 'functions',
      });
    }
  }
  return overlaps;
}
