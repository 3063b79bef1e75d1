import type { HrFilter, HrTeamRow } from './types.js';

export function isFilterActive(filter: HrFilter): boolean {
  return filter.area !== '' || filter.model !== '' || filter.organisationType !== '';
}

type TeamFacts = Pick<HrTeamRow, 'area' | 'model' | 'organisationType'>;

/** A team passes when it matches every filter that is set; an empty field matches everything. */
export function matchesFilter(team: TeamFacts, filter: HrFilter): boolean {
  return (
    (filter.area === '' || team.area === filter.area) &&
    (filter.model === '' || team.model === filter.model) &&
    (filter.organisationType === '' || team.organisationType === filter.organisationType)
  );
}
