import type { StoreContext } from '../context.js';
import { readScenarioPlan } from '../importExport/planExport.js';
import { importPlan } from '../importExport/planImport.js';
import { hoursInOtherTeams } from '../repositories/assignments.js';
import type { HandlerSlice } from './handlerTypes.js';

type PlanMethod = 'plan.get' | 'plan.export' | 'plan.import';

export function planHandlers(ctx: StoreContext): HandlerSlice<PlanMethod> {
  return {
    /**
     * The whole pool comes along: the UI computes coverage and "who would close this gap"
     * from it, and needs the hours people already give to other teams to know who is free.
     * One read transaction, so both halves describe the same moment.
     */
    'plan.get': ({ scenarioId }) =>
      ctx.read(() => ({
        ...readScenarioPlan(ctx, scenarioId, 'wholePool', 'view'),
        hoursElsewhere: hoursInOtherTeams(ctx, scenarioId),
      })),
    'plan.export': ({ scenarioId, includePool }) =>
      readScenarioPlan(ctx, scenarioId, includePool ? 'wholePool' : 'membersOnly', 'file').plan,
    'plan.import': ({ plan, onConflict }) => importPlan(ctx, plan, onConflict),
  };
}
