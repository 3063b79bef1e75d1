import { dutchOrder } from '../hr/dutchOrder.js';
import type { HrInput, HrScenarioPlan } from '../hr/types.js';
import type { AreaChoice } from './types.js';

/**
 * Which teams form one area: teams whose `area` text is the same once trimmed and
 * compared without case ("Voorbeeldwijk-Noord" and " voorbeeldwijk-noord"). Only the
 * main scenario of a team counts: variants are drafts being weighed, not the team.
 */

export function areaKey(area: string): string {
  return area.trim().toLocaleLowerCase('nl');
}

function byTeamName(a: HrScenarioPlan, b: HrScenarioPlan): number {
  return dutchOrder(a.plan.team.name, b.plan.team.name) || a.teamId.localeCompare(b.teamId);
}

/** The main scenarios of the teams in this area, by team name. */
export function teamsInArea(input: Pick<HrInput, 'scenarios'>, area: string): HrScenarioPlan[] {
  const key = areaKey(area);
  if (key === '') return [];
  return input.scenarios.filter((s) => s.isMain && areaKey(s.plan.team.area) === key).sort(byTeamName);
}

/** Every area with at least one team, by name; a team without an area belongs to none. */
export function listAreas(input: Pick<HrInput, 'scenarios'>): AreaChoice[] {
  const byKey = new Map<string, AreaChoice>();
  for (const s of [...input.scenarios].filter((s) => s.isMain).sort(byTeamName)) {
    const key = areaKey(s.plan.team.area);
    if (key === '') continue;
    const choice = byKey.get(key);
    if (choice) choice.teams += 1;
    else byKey.set(key, { name: s.plan.team.area.trim(), teams: 1 });
  }
  return [...byKey.values()].sort((a, b) => dutchOrder(a.name, b.name));
}
