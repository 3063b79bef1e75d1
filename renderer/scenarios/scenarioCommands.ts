import type { Command } from '../app/UndoStack.js';
import type { CommandContext, OpenScenario } from '../app/commandContext.js';
import { message, type Message } from '../../shared/i18n/message.js';

/** Scenarios change the team's list of variants; after each write the list is read again (it is small). */

/** What a command that makes a new scenario does with it once it exists. */
export interface AfterCreate {
  /** Open the new scenario; undo then opens again the scenario that was open before. */
  open?: OpenScenario;
  /** Told the new id after every run (redo makes it anew, with a new id). */
  onCreated?: (scenarioId: string) => void;
}

/**
 * A new variant of the team, made by `create`; undo deletes it again, redo makes it anew.
 * Undo first opens the scenario that was open before, so the board never shows a deleted one.
 */
export function newScenarioCommand(
  ctx: CommandContext,
  label: Message,
  create: () => Promise<{ id: string }>,
  after: AfterCreate = {},
): Command {
  let createdId: string | null = null;
  let openBefore: string | null = null;
  return {
    label,
    run: async () => {
      openBefore = ctx.plan.view?.scenarioId ?? null;
      const created = await create();
      createdId = created.id;
      await ctx.teams.load();
      if (after.open) await after.open(created.id);
      after.onCreated?.(created.id);
    },
    revert: async () => {
      if (!createdId) return;
      if (after.open && openBefore && ctx.plan.view?.scenarioId === createdId) await after.open(openBefore);
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
  after?: AfterCreate,
): Command {
  return newScenarioCommand(
    ctx,
    message('cmd.scenarioAdd', { name }),
    () => ctx.api.call('scenarios.duplicate', { scenarioId, name }),
    after,
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

/**
 * Makes a scenario the team's main one and opens it, so the board, the print and HR all
 * speak of the same plan. The store renames a former main one still called
 * "Hoofdscenario" (to "Vorig hoofdscenario"); undo gives the main role back, restores
 * both names and opens again the scenario that was open before.
 */
export function adoptScenarioCommand(ctx: CommandContext, scenarioId: string, open: OpenScenario): Command {
  const scenario = ctx.teams.scenarioById.get(scenarioId);
  const formerMain = scenario ? ctx.teams.mainScenario(scenario.teamId) : undefined;
  const namesBefore = [scenario, formerMain].flatMap((s) => (s ? [[s.id, s.name] as const] : []));
  let openBefore: string | null = null;
  const adopt = async (id: string) => {
    await ctx.api.call('scenarios.adopt', { scenarioId: id });
    await ctx.teams.load();
  };
  return {
    label: message('cmd.scenarioAdopt', { name: scenario?.name ?? '' }),
    run: async () => {
      openBefore = ctx.plan.view?.scenarioId ?? null;
      await adopt(scenarioId);
      if (openBefore !== scenarioId) await open(scenarioId);
    },
    revert: async () => {
      if (!formerMain || formerMain.id === scenarioId) return;
      await adopt(formerMain.id);
      const renamed = namesBefore.filter(([id, name]) => ctx.teams.scenarioById.get(id)?.name !== name);
      for (const [id, name] of renamed) await ctx.api.call('scenarios.rename', { scenarioId: id, name });
      if (renamed.length > 0) await ctx.teams.load();
      if (openBefore && openBefore !== ctx.plan.view?.scenarioId) await open(openBefore);
    },
  };
}
