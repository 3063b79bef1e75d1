import type { StoreContext } from '../context.js';
import { upsertAssignment, listScenarioAssignments } from '../repositories/assignments.js';
import { insertFunction, listFunctions } from '../repositories/functions.js';
import {
  deleteScenario,
  getScenario,
  insertScenario,
  makeMainScenario,
  renameScenario,
  scenarioNameTaken,
  touchTeam,
} from '../repositories/teams.js';
import { THING, conflict, notFound } from './failures.js';
import type { HandlerSlice } from './handlerTypes.js';
import { message } from '../../shared/i18n/message.js';

type ScenarioMethod = 'scenarios.duplicate' | 'scenarios.rename' | 'scenarios.delete' | 'scenarios.adopt';

function nameTaken(name: string) {
  return conflict(message('scenarioError.nameTaken', { name }));
}

export function scenarioHandlers(ctx: StoreContext): HandlerSlice<ScenarioMethod> {
  function requireScenario(id: string) {
    const scenario = getScenario(ctx, id);
    if (!scenario) throw notFound(THING.scenario, id);
    return scenario;
  }

  return {
    /** A variant starts as an exact copy: functions, requirements and assignments, with new ids. */
    'scenarios.duplicate': ({ scenarioId, name }) =>
      ctx.write(() => {
        const source = requireScenario(scenarioId);
        if (scenarioNameTaken(ctx, source.teamId, name, null)) throw nameTaken(name);
        const id = ctx.newId();
        insertScenario(ctx, { id, teamId: source.teamId, name, isMain: false });
        const newIds = new Map<string, string>();
        listFunctions(ctx, scenarioId).forEach((fn, position) => {
          const copyId = ctx.newId();
          newIds.set(fn.id, copyId);
          insertFunction(ctx, id, { ...fn, id: copyId }, position);
        });
        for (const a of listScenarioAssignments(ctx, scenarioId)) {
          upsertAssignment(ctx, { ...a, functionId: newIds.get(a.functionId)! });
        }
        touchTeam(ctx, source.teamId);
        return getScenario(ctx, id)!;
      }),

    'scenarios.rename': ({ scenarioId, name }) =>
      ctx.write(() => {
        const scenario = requireScenario(scenarioId);
        if (scenarioNameTaken(ctx, scenario.teamId, name, scenarioId)) throw nameTaken(name);
        renameScenario(ctx, scenarioId, name);
        return getScenario(ctx, scenarioId)!;
      }),

    'scenarios.delete': ({ scenarioId }) =>
      ctx.write(() => {
        const scenario = requireScenario(scenarioId);
        if (scenario.isMain) {
          throw conflict(message('scenarioError.mainCannotBeDeleted'));
        }
        deleteScenario(ctx, scenarioId);
        touchTeam(ctx, scenario.teamId);
        return { done: true as const };
      }),

    'scenarios.adopt': ({ scenarioId }) =>
      ctx.write(() => {
        const scenario = requireScenario(scenarioId);
        makeMainScenario(ctx, scenario);
        touchTeam(ctx, scenario.teamId);
        return getScenario(ctx, scenarioId)!;
      }),
  };
}
