import { LIFE_DOMAINS, type LifeDomain } from '../catalogue/lifeDomains.js';
import type { TeamPlan } from '../plan/planSchema.js';
import type { AnalysedTeam } from './analysedTeam.js';
import type { AreaTeam, TerrainSource } from './types.js';

function inCatalogueOrder(domains: Iterable<LifeDomain>): LifeDomain[] {
  const set = new Set(domains);
  return LIFE_DOMAINS.filter((d) => set.has(d));
}

/**
 * The terrain a team works on. Its mandate says it best; a team without one (often a
 * broad A1 team, which takes every question) still works on the life domains of the
 * functions it fulfils itself, so those stand in. This fallback is the planner's own
 * choice: it keeps an overlap visible when only one of two teams has written a mandate.
 */
function terrainOf(plan: TeamPlan): { terrain: LifeDomain[]; source: TerrainSource } {
  if (plan.team.mandate.length > 0) return { terrain: inCatalogueOrder(plan.team.mandate), source: 'mandate' };
  const domains = plan.functions.filter((f) => f.placement === 'team').flatMap((f) => f.lifeDomains);
  return { terrain: inCatalogueOrder(domains), source: 'functions' };
}

export function summariseTeam({ entry, report }: AnalysedTeam): AreaTeam {
  const { team } = entry.plan;
  const { terrain, source } = terrainOf(entry.plan);
  return {
    teamId: entry.teamId,
    scenarioId: entry.scenarioId,
    name: team.name,
    model: team.model,
    organisationType: team.organisationType,
    ageGroups: [...team.ageGroups],
    targetGroups: [...team.targetGroups],
    mandate: inCatalogueOrder(team.mandate),
    terrain,
    terrainSource: source,
    teamCoverage: report.teamCoverage,
    requirementsCovered: report.requirementsCovered,
    requirementsTotal: report.requirementsTotal,
    members: report.memberIds.length,
    hoursRequired: report.hoursRequired,
    hoursAllocated: report.hoursAllocated,
  };
}
