import { LEVELS } from '../domain/levels.js';
import type { LocalText } from '../domain/text.js';
import type { TeamPlan } from '../plan/planSchema.js';

/**
 * The team-role profile: per team role of the plan, who among the members has it strongly
 * (level 3 or more), the best level and how many members sit at each level. The sources
 * (De Waal e.a., "Vakkennis, talent en de cruciale rol van teamleiders") say breaking down the
 * walls between disciplines only works when team roles reinforce each other; they give no
 * role model, so the roles are the plan's own set.
 */

/** From this level on a role "comes naturally" to someone: the planner's 'strong' on the one 0-4 scale. */
export const STRONG_TEAM_ROLE_LEVEL = 3;

export interface TeamRoleLine {
  key: string;
  name: LocalText;
  /** Members with this role at STRONG_TEAM_ROLE_LEVEL or more, strongest first. */
  holders: string[];
  /** The highest level among the members; 0 when nobody is rated on it. */
  bestLevel: number;
  /** How many members sit at each level of the scale (LEVELS) (unrated members count as 0). */
  countsPerLevel: number[];
}

interface TeamRoleProfile {
  /** Whether any member has any rating for one of the plan's roles; without that the lines mean nothing yet. */
  rated: boolean;
  lines: TeamRoleLine[];
}

export function teamRoleProfile(plan: TeamPlan, memberIds: readonly string[]): TeamRoleProfile {
  const ids = new Set(memberIds);
  const members = plan.professionals.filter((p) => ids.has(p.id));
  const roleKeys = new Set(plan.teamRoles.map((r) => r.key));
  const rated = members.some((m) => Object.keys(m.teamRoles).some((k) => roleKeys.has(k)));
  const lines = plan.teamRoles.map((role): TeamRoleLine => {
    const levels = members.map((m) => ({ id: m.id, level: m.teamRoles[role.key] ?? 0 }));
    const countsPerLevel = LEVELS.map((l) => levels.filter((x) => x.level === l.value).length);
    return {
      key: role.key,
      name: role.name,
      holders: levels
        .filter((x) => x.level >= STRONG_TEAM_ROLE_LEVEL)
        .sort((a, b) => b.level - a.level)
        .map((x) => x.id),
      bestLevel: Math.max(0, ...levels.map((x) => x.level)),
      countsPerLevel,
    };
  });
  return { rated, lines };
}
