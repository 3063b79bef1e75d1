import { runInAction } from 'mobx';
import type { Professional } from '../../shared/domain/schemas.js';
import { withAssignment, withProfessional, withoutProfessional } from '../board/planEdits.js';
import type { Command } from '../app/UndoStack.js';
import type { CommandContext } from '../app/commandContext.js';
import { message, type Message } from '../../shared/i18n/message.js';

type ProfessionalFields = Omit<Professional, 'id'>;

function apply(ctx: CommandContext, professional: Professional): void {
  runInAction(() => {
    ctx.professionals.upsert(professional);
    const plan = ctx.plan.plan;
    if (plan) ctx.plan.setPlan(withProfessional(plan, professional));
  });
}

function forget(ctx: CommandContext, id: string): void {
  runInAction(() => {
    ctx.professionals.remove(id);
    const plan = ctx.plan.plan;
    if (plan) ctx.plan.setPlan(withoutProfessional(plan, id));
  });
}

/** Changes some fields of a professional; undo writes the old values back. `label` names the edit in the undo menu. */
export function updateProfessionalCommand(
  ctx: CommandContext,
  id: string,
  patch: Partial<ProfessionalFields>,
  label?: Message,
): Command {
  const before = ctx.professionals.byId.get(id);
  const old: Partial<ProfessionalFields> = {};
  if (before)
    for (const key of Object.keys(patch) as (keyof ProfessionalFields)[]) Object.assign(old, { [key]: before[key] });
  const write = async (fields: Partial<ProfessionalFields>) => {
    apply(ctx, await ctx.api.call('professionals.update', { id, ...fields }));
  };
  const name = before?.name ?? '';
  return {
    label: label ?? message('cmd.professionalChange', { name }),
    run: () => write(patch),
    revert: () => write(old),
  };
}

export function setRatingCommand(ctx: CommandContext, id: string, competency: string, level: number | null): Command {
  const before = ctx.professionals.byId.get(id);
  const previous = before?.ratings[competency] ?? null;
  const write = async (value: number | null) => {
    apply(ctx, await ctx.api.call('professionals.setRating', { professionalId: id, competency, level: value }));
  };
  const name = before?.name ?? '';
  return {
    label: message('cmd.rating', { name }),
    run: () => write(level),
    revert: () => write(previous),
  };
}

/** Adds a professional to the pool. Redo creates them again (the store gives a new id). */
export function createProfessionalCommand(
  ctx: CommandContext,
  fields: ProfessionalFields,
  onCreated?: (id: string) => void,
): Command {
  let createdId: string | null = null;
  return {
    label: message('cmd.professionalAdd', { name: fields.name }),
    run: async () => {
      const created = await ctx.api.call('professionals.create', fields);
      createdId = created.id;
      apply(ctx, created);
      onCreated?.(created.id);
    },
    revert: async () => {
      if (!createdId) return;
      await ctx.api.call('professionals.delete', { id: createdId });
      forget(ctx, createdId);
    },
  };
}

/**
 * Removes a professional everywhere (right to be forgotten). Undo brings the person back
 * with their ratings and their places in the open scenario; places in other teams are gone.
 */
export function deleteProfessionalCommand(ctx: CommandContext, id: string): Command {
  const before = ctx.professionals.byId.get(id) ?? ctx.plan.professionalById.get(id);
  const assignments = (ctx.plan.plan?.assignments ?? []).filter((a) => a.professionalId === id);
  let currentId = id;
  const name = before?.name ?? '';
  return {
    label: message('cmd.professionalRemove', { name }),
    run: async () => {
      await ctx.api.call('professionals.delete', { id: currentId });
      forget(ctx, currentId);
    },
    revert: async () => {
      if (!before) return;
      const { id: _old, ...fields } = before;
      const created = await ctx.api.call('professionals.create', fields);
      currentId = created.id;
      apply(ctx, created);
      for (const a of assignments) {
        if (!ctx.plan.functionById.has(a.functionId)) continue;
        const saved = await ctx.api.call('assignments.set', {
          functionId: a.functionId,
          professionalId: created.id,
          hours: a.hours,
        });
        const plan = ctx.plan.plan;
        if (plan)
          runInAction(() =>
            ctx.plan.setPlan(withAssignment(plan, saved.functionId, saved.professionalId, saved.hours)),
          );
      }
    },
  };
}
