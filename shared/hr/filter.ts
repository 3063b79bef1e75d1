import { areaKey } from '../area/areaName.js';
import type { HrFilter, HrTeamRow } from './types.js';

export function isFilterActive(filter: HrFilter): boolean {
  return filter.area !== '' || filter.model !== '' || filter.organisationType !== '';
}

type TeamFacts = Pick<HrTeamRow, 'area' | 'model' | 'organisationType'>;

/**
 * A team passes when it matches every filter that is set; an empty field matches everything.
 * An area matches as the area view groups it ("Oost" and " oost" are one area, areaName.ts),
 * so the filter shows as many teams as Gebied counts.
 */
export function matchesFilter(team: TeamFacts, filter: HrFilter): boolean {
  return (
    (filter.area === '' || areaKey(team.area) === areaKey(filter.area)) &&
    (filter.model === '' || team.model === filter.model) &&
    (filter.organisationType === '' || team.organisationType === filter.organisationType)
  );
}
