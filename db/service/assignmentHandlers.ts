import type { StoreContext } from '../context.js';
import { deleteAssignment, getAssignment, upsertAssignment } from '../repositories/assignments.js';
import { getFunction } from '../repositories/functions.js';
import { professionalExists } from '../repositories/professionals.js';
import { touchScenario } from '../repositories/teams.js';
import { THING, notFound, throwIfIssues } from './failures.js';
import type { HandlerSlice } from './handlerTypes.js';

type AssignmentMethod = 'assignments.set' | 'assignments.move' | 'assignments.delete';

export function assignmentHandlers(ctx: StoreContext): HandlerSlice<AssignmentMethod> {
  function requireFunction(id: string) {
    const fn = getFunction(ctx, id);
    if (!fn) throw notFound(THING.function, id);
    return fn;
  }
  function requireProfessional(id: string) {
    if (!professionalExists(ctx, id)) throw notFound(THING.professional, id);
  }

  return {
    /** Over-allocation is allowed on purpose: the planner shows it rather than refusing it. */
    'assignments.set': ({ functionId, professionalId, hours }) =>
      ctx.write(() => {
        const fn = requireFunction(functionId);
        requireProfessional(professionalId);
        upsertAssignment(ctx, { functionId, professionalId, hours });
        touchScenario(ctx, fn.scenarioId);
        return { functionId, professionalId, hours };
      }),

    /**
     * Moves a person between two functions of the same scenario (drag and drop). Without
     * `hours` they keep their hours; if they were already in the target function, its
     * hours are replaced rather than added up.
     */
    'assignments.move': ({ professionalId, fromFunctionId, toFunctionId, hours }) =>
      ctx.write(() => {
        const existing = getAssignment(ctx, fromFunctionId, professionalId);
        if (!existing) throw notFound(THING.assignment, `${fromFunctionId}/${professionalId}`);
        const from = requireFunction(fromFunctionId);
        const to = requireFunction(toFunctionId);
        if (from.scenarioId !== to.scenarioId)
          throwIfIssues([{ path: 'toFunctionId', key: 'unknownFunction', value: toFunctionId }]);
        const moved = { functionId: toFunctionId, professionalId, hours: hours ?? existing.hours };
        if (fromFunctionId !== toFunctionId) deleteAssignment(ctx, fromFunctionId, professionalId);
        upsertAssignment(ctx, moved);
        touchScenario(ctx, to.scenarioId);
        return moved;
      }),

    'assignments.delete': ({ functionId, professionalId }) =>
      ctx.write(() => {
        const fn = getFunction(ctx, functionId);
        if (!fn || !deleteAssignment(ctx, functionId, professionalId)) {
          throw notFound(THING.assignment, `${functionId}/${professionalId}`);
        }
        touchScenario(ctx, fn.scenarioId);
        return { done: true as const };
      }),
  };
}
