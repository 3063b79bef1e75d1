import type { HrInput } from '../../shared/hr/index.js';
import type { StoreContext } from '../context.js';
import { readScenarioPlan } from '../importExport/planExport.js';
import { listCompetencies } from '../repositories/catalogue.js';
import { listProfessionals } from '../repositories/professionals.js';
import { listTeamSummaries } from '../repositories/teams.js';

/**
 * Everything the HR overview needs, read in one transaction so every team is seen at the
 * same moment: each team's main scenario (and its variants when asked) with its members
 * only, the custom competencies and the whole pool.
 */
export function readHrInput(ctx: StoreContext, includeScenarios: boolean): HrInput {
  return ctx.read(() => {
    const scenarios: HrInput['scenarios'] = [];
    for (const team of listTeamSummaries(ctx)) {
      for (const scenario of team.scenarios) {
        if (!scenario.isMain && !includeScenarios) continue;
        const { plan } = readScenarioPlan(ctx, scenario.id, 'membersOnly', 'file');
        // `exportedAt` means nothing here; the plan keeps the custom competencies it uses (the engine needs them).
        const { exportedAt: _exportedAt, ...rest } = plan;
        scenarios.push({
          teamId: team.id,
          scenarioId: scenario.id,
          scenarioName: scenario.name,
          isMain: scenario.isMain,
          isSample: team.isSample,
          plan: rest,
        });
      }
    }
    const competencies = listCompetencies(ctx)
      .filter((c) => !c.builtIn)
      .map((c) => ({ key: c.key, name: c.name }));
    return { competencies, professionals: listProfessionals(ctx), scenarios };
  });
}
