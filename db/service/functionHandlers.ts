import type { TeamFunction } from '../../shared/domain/schemas.js';
import type { StoreContext } from '../context.js';
import { functionWithSameName } from '../../shared/catalogue/functionNameTaken.js';
import { message } from '../../shared/i18n/message.js';
import { competencyKeys, listFunctionTemplates } from '../repositories/catalogue.js';
import { upsertAssignment } from '../repositories/assignments.js';
import { professionalExists } from '../repositories/professionals.js';
import {
  deleteFunction,
  functionExists,
  getFunction,
  insertFunction,
  listFunctions,
  moveFunctionTo,
  setRequirements,
  updateFunction,
} from '../repositories/functions.js';
import { getScenario, touchScenario } from '../repositories/teams.js';
import { THING, conflict, notFound, throwIfIssues } from './failures.js';
import type { HandlerSlice } from './handlerTypes.js';
import { expertiseIssues, requirementIssues } from './referential.js';

type FunctionMethod =
  'functions.create' | 'functions.update' | 'functions.delete' | 'functions.restore' | 'requirements.set';

function checkFunction(ctx: StoreContext, fn: TeamFunction): void {
  throwIfIssues([
    ...requirementIssues(fn.requirements, competencyKeys(ctx), 'requirements'),
    ...expertiseIssues(
      fn.expertise.map((e) => e.expertise),
      'expertise',
      'expertise',
    ),
  ]);
}

/** A consultation without an organisation is no consultation: clearing the organisation removes the record. */
function withoutEmptyConsultation(fn: TeamFunction): TeamFunction {
  return fn.consultation && fn.consultation.organisation.trim() === '' ? { ...fn, consultation: null } : fn;
}

/**
 * One name, one function in a scenario: the scenario comparison matches functions by the
 * name they read, and the print, exports and report name them only by it.
 */
function refuseTakenName(ctx: StoreContext, scenarioId: string, fn: TeamFunction): void {
  const templates = new Map(listFunctionTemplates(ctx).map((t) => [t.key, t.name]));
  const other = functionWithSameName(fn, listFunctions(ctx, scenarioId), templates);
  if (other) throw conflict(message('functionError.nameTaken', { name: fn.name.trim() }));
}

function withoutScenario({ scenarioId: _scenarioId, ...fn }: TeamFunction & { scenarioId: string }): TeamFunction {
  return fn;
}

export function functionHandlers(ctx: StoreContext): HandlerSlice<FunctionMethod> {
  function requireFunction(id: string) {
    const fn = getFunction(ctx, id);
    if (!fn) throw notFound(THING.function, id);
    return fn;
  }

  return {
    'functions.create': ({ scenarioId, index, ...fields }) =>
      ctx.write(() => {
        if (!getScenario(ctx, scenarioId)) throw notFound(THING.scenario, scenarioId);
        const fn = withoutEmptyConsultation({ id: ctx.newId(), ...fields });
        checkFunction(ctx, fn);
        refuseTakenName(ctx, scenarioId, fn);
        insertFunction(ctx, scenarioId, fn);
        if (index !== undefined) moveFunctionTo(ctx, scenarioId, fn.id, index);
        touchScenario(ctx, scenarioId);
        return withoutScenario(getFunction(ctx, fn.id)!);
      }),

    'functions.update': ({ id, ...changes }) =>
      ctx.write(() => {
        const existing = requireFunction(id);
        const defined = Object.fromEntries(
          Object.entries(changes).filter(([, v]) => v !== undefined),
        ) as Partial<TeamFunction>;
        const fn = withoutEmptyConsultation({ ...withoutScenario(existing), ...defined, id });
        checkFunction(ctx, fn);
        if (fn.name !== existing.name || fn.templateKey !== existing.templateKey)
          refuseTakenName(ctx, existing.scenarioId, fn);
        updateFunction(ctx, fn);
        touchScenario(ctx, existing.scenarioId);
        return withoutScenario(getFunction(ctx, id)!);
      }),

    'functions.delete': ({ id }) =>
      ctx.write(() => {
        const existing = requireFunction(id);
        deleteFunction(ctx, id);
        touchScenario(ctx, existing.scenarioId);
        return { done: true as const };
      }),

    /** One write, so the function never comes back without some of its members. */
    'functions.restore': ({ scenarioId, index, function: restored, members }) =>
      ctx.write(() => {
        if (!getScenario(ctx, scenarioId)) throw notFound(THING.scenario, scenarioId);
        // The id must still be free: restoring twice would otherwise overwrite what came back the first time.
        if (functionExists(ctx, restored.id))
          throw conflict(message('functionError.alreadyBack', { name: restored.name.trim() }));
        const fn = withoutEmptyConsultation(restored);
        checkFunction(ctx, fn);
        refuseTakenName(ctx, scenarioId, fn);
        insertFunction(ctx, scenarioId, fn);
        moveFunctionTo(ctx, scenarioId, fn.id, index);
        // Someone removed from the pool meanwhile has no place to come back to.
        const assignments = members
          .filter((m) => professionalExists(ctx, m.professionalId))
          .map((m) => ({ functionId: fn.id, professionalId: m.professionalId, hours: m.hours }));
        for (const a of assignments) upsertAssignment(ctx, a);
        touchScenario(ctx, scenarioId);
        return { function: withoutScenario(getFunction(ctx, fn.id)!), assignments };
      }),

    'requirements.set': ({ functionId, requirements }) =>
      ctx.write(() => {
        const existing = requireFunction(functionId);
        throwIfIssues(requirementIssues(requirements, competencyKeys(ctx), 'requirements'));
        setRequirements(ctx, functionId, requirements);
        touchScenario(ctx, existing.scenarioId);
        return withoutScenario(getFunction(ctx, functionId)!);
      }),
  };
}
