import type { StoreContext } from '../context.js';
import { readScenarioPlan } from '../importExport/planExport.js';
import { importPlan } from '../importExport/planImport.js';
import type { HandlerSlice } from './handlerTypes.js';

type PlanMethod = 'plan.get' | 'plan.export' | 'plan.import';

export function planHandlers(ctx: StoreContext): HandlerSlice<PlanMethod> {
  return {
    /** The whole pool comes along: the UI computes coverage and "who would close this gap" from it. */
    'plan.get': ({ scenarioId }) => readScenarioPlan(ctx, scenarioId, 'wholePool', 'view'),
    'plan.export': ({ scenarioId, includePool }) =>
      readScenarioPlan(ctx, scenarioId, includePool ? 'wholePool' : 'membersOnly', 'file').plan,
    'plan.import': ({ plan, onConflict }) => importPlan(ctx, plan, onConflict),
  };
}
