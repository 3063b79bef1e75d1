import { withAssignment, withMove, withoutAssignment } from './planEdits.js';
import type { Command } from '../app/UndoStack.js';
import type { CommandContext } from '../app/commandContext.js';
import { message } from '../../shared/i18n/message.js';

/** Placing, moving and removing members. Optimistic: the board and coverage change before the save returns. */

async function setAssignment(ctx: CommandContext, functionId: string, professionalId: string, hours: number) {
  await ctx.plan.mutate(
    (p) => withAssignment(p, functionId, professionalId, hours),
    () => ctx.api.call('assignments.set', { functionId, professionalId, hours }),
  );
}

async function removeAssignment(ctx: CommandContext, functionId: string, professionalId: string) {
  await ctx.plan.mutate(
    (p) => withoutAssignment(p, functionId, professionalId),
    () => ctx.api.call('assignments.delete', { functionId, professionalId }),
  );
}

async function moveAssignment(ctx: CommandContext, professionalId: string, from: string, to: string, hours: number) {
  await ctx.plan.mutate(
    (p) => withMove(p, professionalId, from, to, hours),
    () => ctx.api.call('assignments.move', { professionalId, fromFunctionId: from, toFunctionId: to, hours }),
  );
}

/** The names in an undo label: the function's in both languages, as the board shows it. */
function names(ctx: CommandContext, functionId: string, professionalId: string) {
  const fn = ctx.plan.functionById.get(functionId);
  return {
    person: ctx.plan.professionalById.get(professionalId)?.name ?? '',
    fn: fn ? { nl: ctx.catalogue.functionName(fn, 'nl'), en: ctx.catalogue.functionName(fn, 'en') } : '',
  };
}

/** Adds a person to a function, or changes their hours there (undo restores the previous hours). */
export function assignCommand(ctx: CommandContext, functionId: string, professionalId: string, hours: number): Command {
  const plan = ctx.plan.plan;
  const previous = plan?.assignments.find((a) => a.functionId === functionId && a.professionalId === professionalId);
  const { person, fn } = names(ctx, functionId, professionalId);
  return {
    label: previous ? message('cmd.hours', { person, fn }) : message('cmd.assign', { person, fn }),
    run: () => setAssignment(ctx, functionId, professionalId, hours),
    revert: () =>
      previous
        ? setAssignment(ctx, functionId, professionalId, previous.hours)
        : removeAssignment(ctx, functionId, professionalId),
  };
}

export function moveCommand(
  ctx: CommandContext,
  professionalId: string,
  from: string,
  to: string,
  hours: number,
): Command {
  const previous = ctx.plan.plan?.assignments.find((a) => a.functionId === from && a.professionalId === professionalId);
  const { person, fn } = names(ctx, to, professionalId);
  const oldHours = previous?.hours ?? hours;
  return {
    label: message('cmd.move', { person, fn }),
    run: () => moveAssignment(ctx, professionalId, from, to, hours),
    revert: () => moveAssignment(ctx, professionalId, to, from, oldHours),
  };
}

export function unassignCommand(ctx: CommandContext, functionId: string, professionalId: string): Command {
  const previous = ctx.plan.plan?.assignments.find(
    (a) => a.functionId === functionId && a.professionalId === professionalId,
  );
  const { person, fn } = names(ctx, functionId, professionalId);
  const hours = previous?.hours ?? 1;
  return {
    label: message('cmd.unassign', { person, fn }),
    run: () => removeAssignment(ctx, functionId, professionalId),
    revert: () => setAssignment(ctx, functionId, professionalId, hours),
  };
}
