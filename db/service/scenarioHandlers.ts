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
  teamSummary,
  touchTeam,
} from '../repositories/teams.js';
import { DEFAULT_MAIN_SCENARIO_NAME, FORMER_MAIN_SCENARIO_NAME } from './names.js';
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

  /** The first of "name", "name 2", ... that no scenario of the team has. */
  function freeName(teamId: string, name: string): string {
    let candidate = name;
    for (let n = 2; scenarioNameTaken(ctx, teamId, candidate, null); n += 1) candidate = `${name} ${n}`;
    return candidate;
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

    /**
     * Makes the scenario the team's main one. The former main one keeps its name unless that
     * is the default "Hoofdscenario": then it becomes "Vorig hoofdscenario" (2, 3, ... if taken).
     */
    'scenarios.adopt': ({ scenarioId }) =>
      ctx.write(() => {
        const scenario = requireScenario(scenarioId);
        const former = teamSummary(ctx, scenario.teamId)?.scenarios.find((s) => s.isMain);
        makeMainScenario(ctx, scenario);
        // A variant still called "Hoofdscenario" would read as the main one everywhere its name shows.
        if (former && former.id !== scenarioId && former.name === DEFAULT_MAIN_SCENARIO_NAME) {
          renameScenario(ctx, former.id, freeName(scenario.teamId, FORMER_MAIN_SCENARIO_NAME));
        }
        touchTeam(ctx, scenario.teamId);
        return getScenario(ctx, scenarioId)!;
      }),
  };
}
