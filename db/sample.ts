import { VOORBEELDWIJK_PLANS } from '../shared/sample/voorbeeldwijk.js';
import type { StoreContext } from './context.js';
import { upsertAssignment } from './repositories/assignments.js';
import { insertFunction } from './repositories/functions.js';
import { deleteSampleProfessionals, professionalExists, insertProfessional } from './repositories/professionals.js';
import { deleteTeam, insertScenario, insertTeam, listSampleTeamIds } from './repositories/teams.js';
import { DEFAULT_MAIN_SCENARIO_NAME } from './service/names.js';

/**
 * Writes the sample neighbourhood "Voorbeeldwijk" (shared/sample) on first run, marked as
 * sample so that `sample.remove` takes away exactly it and nothing the user made. Runs
 * inside the caller's transaction.
 */
export function seedSample(ctx: StoreContext): void {
  for (const plan of VOORBEELDWIJK_PLANS) {
    for (const p of plan.professionals) if (!professionalExists(ctx, p.id)) insertProfessional(ctx, p, true);
    insertTeam(ctx, plan.team, true);
    const scenarioId = `${plan.team.id}-hoofd`;
    insertScenario(ctx, { id: scenarioId, teamId: plan.team.id, name: DEFAULT_MAIN_SCENARIO_NAME, isMain: true });
    plan.functions.forEach((fn, position) => insertFunction(ctx, scenarioId, fn, position));
    for (const a of plan.assignments) upsertAssignment(ctx, a);
  }
}

/** Sample teams (with their scenarios) and sample people (with their ratings and assignments everywhere). */
export function removeSample(ctx: StoreContext): { teams: number; professionals: number } {
  const teamIds = listSampleTeamIds(ctx);
  for (const id of teamIds) deleteTeam(ctx, id);
  const professionals = deleteSampleProfessionals(ctx);
  return { teams: teamIds.length, professionals };
}
