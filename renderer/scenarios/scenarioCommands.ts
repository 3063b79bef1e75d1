import type { Command } from '../app/UndoStack.js';
import type { CommandContext } from '../app/commandContext.js';
import { message, type Message } from '../../shared/i18n/message.js';

/** Scenarios change the team's list of variants; after each write the list is read again (it is small). */

/**
 * A new variant of the team, made by `create`; undo deletes it again, redo makes it anew
 * (with a new id, which `onCreated` is told each time).
 */
export function newScenarioCommand(
  ctx: CommandContext,
  label: Message,
  create: () => Promise<{ id: string }>,
  onCreated?: (scenarioId: string) => void,
): Command {
  let createdId: string | null = null;
  return {
    label,
    run: async () => {
      const created = await create();
      createdId = created.id;
      await ctx.teams.load();
      onCreated?.(created.id);
    },
    revert: async () => {
      if (!createdId) return;
      await ctx.api.call('scenarios.delete', { scenarioId: createdId });
      createdId = null;
      await ctx.teams.load();
    },
  };
}

export function duplicateScenarioCommand(
  ctx: CommandContext,
  scenarioId: string,
  name: string,
  onCreated?: (scenarioId: string) => void,
): Command {
  return newScenarioCommand(
    ctx,
    message('cmd.scenarioAdd', { name }),
    () => ctx.api.call('scenarios.duplicate', { scenarioId, name }),
    onCreated,
  );
}

export function renameScenarioCommand(ctx: CommandContext, scenarioId: string, name: string): Command {
  const old = ctx.teams.scenarioById.get(scenarioId)?.name ?? name;
  const write = async (value: string) => {
    await ctx.api.call('scenarios.rename', { scenarioId, name: value });
    await ctx.teams.load();
  };
  return {
    label: message('cmd.scenarioRename', { name }),
    run: () => write(name),
    revert: () => write(old),
  };
}

/** Makes a variant the team's main scenario; undo gives the main role back to the former one. */
export function adoptScenarioCommand(ctx: CommandContext, scenarioId: string): Command {
  const scenario = ctx.teams.scenarioById.get(scenarioId);
  const formerMain = scenario ? ctx.teams.mainScenario(scenario.teamId) : undefined;
  const adopt = async (id: string) => {
    await ctx.api.call('scenarios.adopt', { scenarioId: id });
    await ctx.teams.load();
  };
  return {
    label: message('cmd.scenarioAdopt', { name: scenario?.name ?? '' }),
    run: () => adopt(scenarioId),
    revert: async () => {
      if (formerMain && formerMain.id !== scenarioId) await adopt(formerMain.id);
    },
  };
}
