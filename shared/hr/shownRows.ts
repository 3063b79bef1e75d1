import { namedAreas } from '../area/areaName.js';
import { dutchOrder } from './dutchOrder.js';
import { matchesFilter } from './filter.js';
import type { Team } from '../domain/schemas.js';
import type { HrOptions, HrScenarioPlan } from './types.js';

/** What the order and the filter look at: a scenario's own facts and its team's (no members, no functions). */
export type HrScenarioFacts = Pick<HrScenarioPlan, 'teamId' | 'scenarioName' | 'isMain'> & {
  plan: { team: Pick<Team, 'name' | 'area' | 'model' | 'organisationType'> };
};

/**
 * Which scenarios the HR matrix shows, and in what order: main scenarios (and variants when
 * asked) that pass the filter, by team name, team, main first, then variant name. Both
 * depend only on the team's own facts (name, area, model, organisation type), never on an
 * analysis, so the first rows of the matrix are known before any team is analysed
 * (firstRows.ts); the whole overview (buildOverview.ts) uses the same function, so the two
 * cannot disagree.
 */
export function shownInOrder<T>(
  items: readonly T[],
  entryOf: (item: T) => HrScenarioFacts,
  options: Pick<HrOptions, 'includeScenarios' | 'filter'>,
): T[] {
  const shown = items.filter((item) => {
    const entry = entryOf(item);
    return (entry.isMain || options.includeScenarios) && matchesFilter(entry.plan.team, options.filter);
  });
  return shown.sort((x, y) => {
    const a = entryOf(x);
    const b = entryOf(y);
    return (
      dutchOrder(a.plan.team.name, b.plan.team.name) ||
      a.teamId.localeCompare(b.teamId) ||
      Number(b.isMain) - Number(a.isMain) ||
      dutchOrder(a.scenarioName, b.scenarioName)
    );
  });
}

/** Every area a team names (shown or not), named and in order as the area view lists them: the filter's choices. */
export function areasOf(entries: readonly HrScenarioFacts[]): string[] {
  return namedAreas(entries.map((e) => ({ teamId: e.teamId, area: e.plan.team.area }))).map((a) => a.name);
}
