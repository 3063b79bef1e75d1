import type { TeamRole } from '../../shared/domain/schemas.js';
import type { LocalText } from '../../shared/domain/text.js';
import type { Command } from '../app/UndoStack.js';
import type { CommandContext } from '../app/commandContext.js';
import { message } from '../../shared/i18n/message.js';

/**
 * The organisation's team roles. The set is small, so the catalogue is read again after
 * each write; removing a role also changes people's ratings, so the pool and the open plan
 * are read again too.
 */

async function reloadAfterRatingsChanged(ctx: CommandContext): Promise<void> {
  await Promise.all([ctx.catalogue.load(), ctx.professionals.load(), reopenPlan(ctx)]);
}

async function reopenPlan(ctx: CommandContext): Promise<void> {
  const scenarioId = ctx.plan.view?.scenarioId;
  if (scenarioId) await ctx.plan.open(scenarioId);
}

/** A new role gets its key from the store; redo adds it again under the key the store gave first. */
export function createTeamRoleCommand(ctx: CommandContext, name: LocalText): Command {
  let key: string | undefined;
  return {
    label: message('edit.cmd.roleAdd', { name }),
    run: async () => {
      key = (await ctx.api.call('catalogue.createTeamRole', { ...(key ? { key } : {}), name })).key;
      await ctx.catalogue.load();
    },
    revert: async () => {
      if (!key) return;
      await ctx.api.call('catalogue.deleteTeamRole', { key });
      await reloadAfterRatingsChanged(ctx);
    },
  };
}

export function renameTeamRoleCommand(ctx: CommandContext, role: TeamRole, name: LocalText): Command {
  const write = async (to: LocalText) => {
    await ctx.api.call('catalogue.updateTeamRole', { key: role.key, name: to });
    await ctx.catalogue.load();
  };
  return {
    label: message('edit.cmd.roleRename', { name: role.name }),
    run: () => write(name),
    revert: () => write(role.name),
  };
}

/** Removing a role takes every rating on it along (in the store, in one write); undo brings both back. */
export function deleteTeamRoleCommand(ctx: CommandContext, role: TeamRole): Command {
  let removed: { removedRatings: Record<string, number>; position: number } = { removedRatings: {}, position: 0 };
  return {
    label: message('edit.cmd.roleRemove', { name: role.name }),
    run: async () => {
      removed = await ctx.api.call('catalogue.deleteTeamRole', { key: role.key });
      await reloadAfterRatingsChanged(ctx);
    },
    revert: async () => {
      const { removedRatings: ratings, position } = removed;
      await ctx.api.call('catalogue.createTeamRole', { key: role.key, name: role.name, ratings, position });
      await reloadAfterRatingsChanged(ctx);
    },
  };
}
