import type { StoreContext } from '../context.js';
import { readScenarioPlan } from '../importExport/planExport.js';
import { importPlan } from '../importExport/planImport.js';
import { unknownHoursElsewhere } from '../importExport/unknownHoursElsewhere.js';
import { hoursInOtherTeams } from '../repositories/assignments.js';
import type { HandlerSlice } from './handlerTypes.js';

type PlanMethod = 'plan.get' | 'plan.export' | 'plan.import' | 'plan.unknownHoursElsewhere';

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
    /**
     * The file carries the hours its people give to other teams at this moment, so a reader
     * of this one team (the report, compose) counts over-allocation and free hours as the
     * app does. Read in the same transaction as the plan; only the file's own people.
     */
    'plan.export': ({ scenarioId, includePool }) =>
      ctx.read(() => {
        const { plan } = readScenarioPlan(ctx, scenarioId, includePool ? 'wholePool' : 'membersOnly', 'file');
        const elsewhere = hoursInOtherTeams(ctx, scenarioId);
        const inFile = plan.professionals.filter((p) => (elsewhere[p.id] ?? 0) > 0);
        return { ...plan, hoursInOtherTeams: Object.fromEntries(inFile.map((p) => [p.id, elsewhere[p.id]!])) };
      }),
    'plan.import': ({ plan, onConflict }) => importPlan(ctx, plan, onConflict),
    'plan.unknownHoursElsewhere': ({ teams }) => unknownHoursElsewhere(ctx, teams),
  };
}
