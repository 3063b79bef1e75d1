import { PLAN_FORMAT, PLAN_FORMAT_VERSION, type TeamPlan } from '../../shared/plan/planSchema.js';
import type { CompetencyDto } from '../../shared/api/entities.js';
import { listTeamRoles } from '../repositories/teamRoles.js';
import type { Assignment, CustomCompetency, Professional, TeamFunction } from '../../shared/domain/schemas.js';
import type { StoreContext } from '../context.js';
import { listScenarioAssignments } from '../repositories/assignments.js';
import { listCompetencies } from '../repositories/catalogue.js';
import { listFunctions } from '../repositories/functions.js';
import { listProfessionals, listScenarioMembers } from '../repositories/professionals.js';
import { getScenario, getTeam } from '../repositories/teams.js';
import { THING, notFound } from '../service/failures.js';
import { DEFAULT_MAIN_SCENARIO_NAME } from '../service/names.js';

/**
 * A scenario as a team plan (shared/plan/planSchema.ts). Everything comes out in a fixed
 * order (functions as placed, people by name, ratings in the profile's order) so that
 * exporting, importing and exporting again gives the same file, ids included.
 */

type PoolChoice = 'wholePool' | 'membersOnly';

interface ScenarioPlan {
  teamId: string;
  scenarioId: string;
  scenarioName: string;
  plan: TeamPlan;
}

function toCustomCompetency(c: {
  key: string;
  name: { nl: string; en: string };
  description: { nl: string; en: string };
}): CustomCompetency {
  const hasDescription = c.description.nl !== '' || c.description.en !== '';
  return hasDescription ? { key: c.key, name: c.name, description: c.description } : { key: c.key, name: c.name };
}

/** Custom competencies the plan refers to (all of them when `all`), in catalogue order. */
export function customCompetencies(
  catalogue: CompetencyDto[],
  functions: TeamFunction[],
  people: Professional[],
  all: boolean,
): CustomCompetency[] {
  const used = new Set<string>();
  for (const f of functions) for (const r of f.requirements) used.add(r.competency);
  for (const p of people) for (const key of Object.keys(p.ratings)) used.add(key);
  return catalogue.filter((c) => !c.builtIn && (all || used.has(c.key))).map(toCustomCompetency);
}

/**
 * What every scenario shares, read once by a caller that reads many scenarios in one
 * transaction (HR reads every team): the whole pool, the competency catalogue and the team
 * roles. Members are picked from the pool instead of queried per scenario; the pool's
 * order (name, id) is the members' order too.
 */
interface PreloadedPool {
  pool: Professional[];
  /** Each person's index in `pool`. */
  position: Map<string, number>;
  catalogue: CompetencyDto[];
  teamRoles: TeamPlan['teamRoles'];
}

/** `pool` is the whole pool in `listProfessionals`' order (HR reads it its own faster way). */
export function preloadPool(ctx: StoreContext, pool: Professional[]): PreloadedPool {
  return {
    pool,
    position: new Map(pool.map((p, i) => [p.id, i])),
    catalogue: listCompetencies(ctx),
    teamRoles: listTeamRoles(ctx),
  };
}

function membersFromPool(assignments: Assignment[], { pool, position }: PreloadedPool): Professional[] {
  const ids = new Set(assignments.map((a) => a.professionalId));
  return [...ids]
    .map((id) => position.get(id)!)
    .sort((a, b) => a - b)
    .map((i) => pool[i]!);
}

export function readScenarioPlan(
  ctx: StoreContext,
  scenarioId: string,
  pool: PoolChoice,
  purpose: 'view' | 'file',
  preloaded?: PreloadedPool,
): ScenarioPlan {
  return ctx.read(() => {
    const scenario = getScenario(ctx, scenarioId);
    if (!scenario) throw notFound(THING.scenario, scenarioId);
    const team = getTeam(ctx, scenario.teamId)!;
    const functions = listFunctions(ctx, scenarioId).map(({ scenarioId: _s, ...fn }) => fn);
    const assignments = listScenarioAssignments(ctx, scenarioId);
    const professionals =
      pool === 'wholePool'
        ? (preloaded?.pool ?? listProfessionals(ctx))
        : preloaded
          ? membersFromPool(assignments, preloaded)
          : listScenarioMembers(ctx, scenarioId);
    const plan: TeamPlan = {
      format: PLAN_FORMAT,
      version: PLAN_FORMAT_VERSION,
      ...(purpose === 'file' ? { exportedAt: ctx.nowIso() } : {}),
      // Written whenever it is not the default name, so an import gives the scenario its name back.
      ...(scenario.name !== DEFAULT_MAIN_SCENARIO_NAME ? { scenario: scenario.name } : {}),
      competencies: customCompetencies(
        preloaded?.catalogue ?? listCompetencies(ctx),
        functions,
        professionals,
        purpose === 'view',
      ),
      teamRoles: preloaded?.teamRoles ?? listTeamRoles(ctx),
      team,
      functions,
      professionals,
      assignments,
    };
    return { teamId: team.id, scenarioId, scenarioName: scenario.name, plan };
  });
}
