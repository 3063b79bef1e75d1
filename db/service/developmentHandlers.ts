import type { ApiInput } from '../../shared/api/contract.js';
import type { DevelopmentTeam } from '../../shared/development/context.js';
import { exactDevelopmentPlan } from '../../node/development/exactDevelopmentPlan.js';
import type { StoreContext } from '../context.js';
import { exportDevelopmentPlan } from '../export/developmentExport.js';
import { readHrInput } from '../export/readHrInput.js';
import { readScenarioPlan } from '../importExport/planExport.js';
import type { HandlerSlice } from './handlerTypes.js';

type DevelopmentMethod = 'development.plan' | 'development.export';

/** The teams of the request: one scenario, or every team's main scenario (members only). */
function readTeams(ctx: StoreContext, scope: ApiInput<'development.plan'>['scope']): DevelopmentTeam[] {
  if (scope.kind === 'scenario') {
    const { plan } = readScenarioPlan(ctx, scope.scenarioId, 'membersOnly', 'view');
    return [{ teamId: plan.team.id, teamName: plan.team.name, plan }];
  }
  return readHrInput(ctx, false).scenarios.map((s) => ({ teamId: s.teamId, teamName: s.plan.team.name, plan: s.plan }));
}

/**
 * The development plan is computed here, in the store process: the exact planner needs
 * HiGHS (WebAssembly, in a worker thread), which the page's CSP does not allow. Nothing
 * is written: a plan is advice, ratings change only through an assessment.
 */
export function developmentHandlers(ctx: StoreContext): HandlerSlice<DevelopmentMethod> {
  return {
    'development.plan': (input) =>
      exactDevelopmentPlan(readTeams(ctx, input.scope), input.k, input.rules, input.today, {
        timeLimitSeconds: input.timeLimitSeconds,
      }),
    'development.export': ({ plan, lang }) => exportDevelopmentPlan(plan, lang, ctx.now()),
  };
}
