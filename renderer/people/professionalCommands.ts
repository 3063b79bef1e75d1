import { runInAction } from 'mobx';
import type { Professional } from '../../shared/domain/schemas.js';
import { withProfessional, withoutProfessional } from '../board/planEdits.js';
import type { ProfessionalRemoval } from '../../shared/api/entities.js';
import type { Command } from '../app/UndoStack.js';
import type { CommandContext } from '../app/commandContext.js';
import { message, type Message } from '../../shared/i18n/message.js';
import { keepUnchanged } from './keepUnchanged.js';
import { disciplineText } from '../../shared/catalogue/disciplines.js';
import { disciplineRename } from '../../shared/catalogue/ownDisciplines.js';

type ProfessionalFields = Omit<Professional, 'id'>;

/**
 * Puts the store's answer in the pool and the open plan: one person changes in place, the
 * fields that did not change keep their objects (keepUnchanged), and an answer that changes
 * nothing leaves both as they are (the plan's coverage is not recomputed for nothing).
 */
function apply(ctx: CommandContext, answer: Professional): void {
  runInAction(() => {
    const professional = keepUnchanged(ctx.professionals.byId.get(answer.id), answer);
    ctx.professionals.upsert(professional);
    const plan = ctx.plan.plan;
    if (plan && plan.professionals.find((p) => p.id === professional.id) !== professional)
      ctx.plan.setPlan(withProfessional(plan, professional));
  });
}

/** The store's answer to an edit of many people: the pool and the open plan change once, not per person. */
function applyAll(ctx: CommandContext, answers: readonly Professional[]): void {
  if (answers.length === 0) return;
  runInAction(() => {
    const people = answers.map((a) => keepUnchanged(ctx.professionals.byId.get(a.id), a));
    ctx.professionals.upsertAll(people);
    const plan = ctx.plan.plan;
    if (!plan) return;
    const inPlan = new Set(plan.professionals.map((p) => p.id));
    const changed = new Map(people.filter((p) => inPlan.has(p.id)).map((p) => [p.id, p]));
    if (changed.size > 0)
      ctx.plan.setPlan({ ...plan, professionals: plan.professionals.map((p) => changed.get(p.id) ?? p) });
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
 * Removes a professional everywhere. The store answers what it removed; undo hands that
 * back to `professionals.restore`, which puts the person back under the same id with their
 * places in every scenario of every team (hours as they were) and the teams they led, in
 * one write. The open plan is then read again, so its hours elsewhere are right too.
 * `notify` tells the user what the undo brought back.
 */
export function deleteProfessionalCommand(
  ctx: CommandContext,
  id: string,
  notify: (text: Message) => void = () => {},
): Command {
  const name = (ctx.professionals.byId.get(id) ?? ctx.plan.professionalById.get(id))?.name ?? '';
  let removal: ProfessionalRemoval | null = null;
  return {
    label: message('cmd.professionalRemove', { name }),
    run: async () => {
      removal = await ctx.api.call('professionals.delete', { id });
      forget(ctx, id);
    },
    revert: async () => {
      if (!removal) return;
      const { professional, placesLost } = await ctx.api.call('professionals.restore', removal);
      removal = null;
      runInAction(() => ctx.professionals.upsert(professional));
      const scenarioId = ctx.plan.view?.scenarioId;
      if (scenarioId) await ctx.plan.open(scenarioId);
      notify(
        placesLost > 0
          ? message('professionals.restoredLost', { name, count: placesLost })
          : message('professionals.restored', { name }),
      );
    },
  };
}

/**
 * Renames an own discipline for everyone who has it. `to` is sent as typed: the store makes
 * it what the discipline field would store (`renamedDiscipline`), so a name in use already,
 * own or catalogued, merges the two; the label says which, as the pool has it now. Undo gives
 * exactly the people it moved their old discipline back, so after a merge those who had the
 * other discipline already keep it.
 */
export function renameDisciplineCommand(ctx: CommandContext, from: string, to: string): Command {
  const outcome = disciplineRename(from, to, ctx.professionals.peoplePerDiscipline);
  const names = { from, to: 'to' in outcome ? disciplineText(outcome.to) : to };
  let moved: { discipline: string; ids: string[] } | null = null;
  return {
    label:
      outcome.kind === 'merge'
        ? message('ownDisciplines.cmd.merge', names)
        : message('ownDisciplines.cmd.rename', names),
    run: async () => {
      const answer = await ctx.api.call('professionals.renameDiscipline', { from, to });
      moved = { discipline: answer.discipline, ids: answer.changed.map((p) => p.id) };
      applyAll(ctx, answer.changed);
    },
    revert: async () => {
      if (!moved || moved.ids.length === 0) return;
      const back = { from: moved.discipline, to: from, ids: moved.ids };
      applyAll(ctx, (await ctx.api.call('professionals.renameDiscipline', back)).changed);
    },
  };
}
