import type { Requirement, TeamFunction } from '../../shared/domain/schemas.js';
import { withAssignment, withFunction, withoutFunction } from '../board/planEdits.js';
import type { Command } from '../app/UndoStack.js';
import type { CommandContext } from '../app/commandContext.js';
import { message, type Message } from '../../shared/i18n/message.js';
import type { LocalText } from '../../shared/domain/text.js';

type FunctionFields = Omit<TeamFunction, 'id'>;

/**
 * A function's name in an undo label, in both languages by the one function-name rule, so
 * the label reads as the board names the function (and follows a language switch).
 */
export function functionLabelName(
  ctx: CommandContext,
  fn: Pick<TeamFunction, 'name' | 'templateKey'> | undefined,
): LocalText | string {
  return fn ? { nl: ctx.catalogue.functionName(fn, 'nl'), en: ctx.catalogue.functionName(fn, 'en') } : '';
}

/**
 * A function is created by the store (which assigns its id), so creating is
 * save-then-apply; undo deletes it and redo creates it again under a new id.
 */
export function createFunctionCommand(
  ctx: CommandContext,
  scenarioId: string,
  fields: FunctionFields,
  /** Told the new id after every run (redo makes it anew): the screen moves the focus to it. */
  onCreated?: (functionId: string) => void,
): Command {
  let createdId: string | null = null;
  return {
    label: message('cmd.functionAdd', { name: functionLabelName(ctx, fields) }),
    run: async () => {
      const created = await ctx.plan.saveThenApply(
        () => ctx.api.call('functions.create', { scenarioId, ...fields }),
        (plan, fn) => withFunction(plan, fn),
      );
      createdId = created.id;
      onCreated?.(created.id);
    },
    revert: async () => {
      const id = createdId;
      if (!id) return;
      await ctx.plan.mutate(
        (plan) => withoutFunction(plan, id),
        () => ctx.api.call('functions.delete', { id }),
      );
    },
  };
}

/** Changes some fields of a function; undo writes the old values back. `label` names the edit in the undo menu. */
export function updateFunctionCommand(
  ctx: CommandContext,
  id: string,
  patch: Partial<FunctionFields>,
  label?: Message,
): Command {
  const before = ctx.plan.functionById.get(id);
  const old: Partial<FunctionFields> = {};
  if (before)
    for (const key of Object.keys(patch) as (keyof FunctionFields)[]) Object.assign(old, { [key]: before[key] });
  const write = (fields: Partial<FunctionFields>) =>
    ctx.plan
      .mutate(
        (plan) => {
          const current = plan.functions.find((f) => f.id === id);
          return current ? withFunction(plan, { ...current, ...fields }) : plan;
        },
        () => ctx.api.call('functions.update', { id, ...fields }),
      )
      .then(() => undefined);
  const name = functionLabelName(ctx, before);
  return {
    label: label ?? message('cmd.functionChange', { name }),
    run: () => write(patch),
    revert: () => write(old),
  };
}

export function setRequirementsCommand(ctx: CommandContext, id: string, requirements: Requirement[]): Command {
  const before = ctx.plan.functionById.get(id);
  const old = before?.requirements ?? [];
  const write = (list: Requirement[]) =>
    ctx.plan
      .mutate(
        (plan) => {
          const current = plan.functions.find((f) => f.id === id);
          return current ? withFunction(plan, { ...current, requirements: list }) : plan;
        },
        () => ctx.api.call('requirements.set', { functionId: id, requirements: list }),
      )
      .then(() => undefined);
  const name = functionLabelName(ctx, before);
  return {
    label: message('cmd.requirements', { name }),
    run: () => write(requirements),
    revert: () => write(old),
  };
}

/**
 * Deleting a function drops its members' places; undo puts it back in one write with the same id
 * (`functions.restore`), where it stood in the order (the print and the board follow it), with its
 * members and their hours. Keeping the id keeps whatever refers to it working: the redo removes that
 * same function again, and the board's selection and the composer's locks still point at it.
 */
export function deleteFunctionCommand(
  ctx: CommandContext,
  scenarioId: string,
  id: string,
  /** Told the id once undo has brought the function back: the screen moves the focus to it. */
  onRestored?: (functionId: string) => void,
): Command {
  const before = ctx.plan.functionById.get(id);
  const members = (ctx.plan.assignmentsByFunction.get(id) ?? []).map((a) => ({
    professionalId: a.professionalId,
    hours: a.hours,
  }));
  // Where it stood, taken at each removal (a redo may find the order changed meanwhile).
  let index = 0;
  const name = functionLabelName(ctx, before);
  return {
    label: message('cmd.functionRemove', { name }),
    run: async () => {
      index = Math.max(0, ctx.plan.plan?.functions.findIndex((f) => f.id === id) ?? 0);
      await ctx.plan.mutate(
        (plan) => withoutFunction(plan, id),
        () => ctx.api.call('functions.delete', { id }),
      );
    },
    revert: async () => {
      if (!before) return;
      await ctx.plan.saveThenApply(
        () => ctx.api.call('functions.restore', { scenarioId, index, function: before, members }),
        (plan, restored) =>
          restored.assignments.reduce(
            (next, a) => withAssignment(next, a.functionId, a.professionalId, a.hours),
            withFunction(plan, restored.function, index),
          ),
      );
      onRestored?.(id);
    },
  };
}
