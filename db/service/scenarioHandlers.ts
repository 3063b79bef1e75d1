import type { StoreContext } from '../context.js';
import { upsertAssignment, listScenarioAssignments } from '../repositories/assignments.js';
import { insertFunction, listFunctions } from '../repositories/functions.js';
import {
  deleteScenario,
  getScenario,
  insertScenario,
  makeMainScenario,
  renameScenario,
  scenarioNames,
  scenarioWithSameName,
  teamSummary,
  touchTeam,
} from '../repositories/teams.js';
import { DEFAULT_MAIN_SCENARIO_NAME, FORMER_MAIN_SCENARIO_NAME } from './names.js';
import { THING, conflict, notFound } from './failures.js';
import type { HandlerSlice } from './handlerTypes.js';
import { message } from '../../shared/i18n/message.js';
import { firstFreeName } from '../../shared/domain/sameName.js';

type ScenarioMethod = 'scenarios.duplicate' | 'scenarios.rename' | 'scenarios.delete' | 'scenarios.adopt';

/** Refuses a name another scenario of the team has by the one rule (`withSameName`), naming that one. */
function refuseSameName(ctx: StoreContext, teamId: string, name: string, exceptId: string | null): void {
  const other = scenarioWithSameName(ctx, teamId, name, exceptId);
  if (other) throw conflict(message('scenarioError.nameTaken', { name: other.name }));
}

export function scenarioHandlers(ctx: StoreContext): HandlerSlice<ScenarioMethod> {
  function requireScenario(id: string) {
    const scenario = getScenario(ctx, id);
    if (!scenario) throw notFound(THING.scenario, id);
    return scenario;
  }

  /** The first of "name", "name 2", ... that no scenario of the team has (`firstFreeName`). */
  function freeName(teamId: string, name: string): string {
    const taken = scenarioNames(ctx, teamId).map((s) => s.name);
    return firstFreeName(taken, (n) => (n === 1 ? name : `${name} ${n}`));
  }

  return {
    /** A variant starts as an exact copy: functions, requirements and assignments, with new ids. */
    'scenarios.duplicate': ({ scenarioId, name }) =>
      ctx.write(() => {
        const source = requireScenario(scenarioId);
        refuseSameName(ctx, source.teamId, name, null);
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
        refuseSameName(ctx, scenario.teamId, name, scenarioId);
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
