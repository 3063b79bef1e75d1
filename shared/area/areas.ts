import { dutchOrder } from '../hr/dutchOrder.js';
import type { HrInput, HrScenarioPlan } from '../hr/types.js';
import { areaKey, namedAreas } from './areaName.js';
import type { AreaChoice } from './types.js';

/**
 * Which teams form one area: teams whose `area` text is the same once trimmed and
 * compared without case ("Voorbeeldwijk-Noord" and " voorbeeldwijk-noord"; the rule is
 * areaName.ts). Only the main scenario of a team counts: variants are drafts being
 * weighed, not the team.
 */

function byTeamName(a: HrScenarioPlan, b: HrScenarioPlan): number {
  return dutchOrder(a.plan.team.name, b.plan.team.name) || a.teamId.localeCompare(b.teamId);
}

/** The main scenarios of the teams in this area, by team name. */
export function teamsInArea(input: Pick<HrInput, 'scenarios'>, area: string): HrScenarioPlan[] {
  const key = areaKey(area);
  if (key === '') return [];
  return input.scenarios.filter((s) => s.isMain && areaKey(s.plan.team.area) === key).sort(byTeamName);
}

/** Every area with at least one team, by name (areaName.ts); a team without an area belongs to none. */
export function listAreas(input: Pick<HrInput, 'scenarios'>): AreaChoice[] {
  return namedAreas(input.scenarios.filter((s) => s.isMain).map((s) => ({ teamId: s.teamId, area: s.plan.team.area })));
}
