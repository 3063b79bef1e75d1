import { runInAction } from 'mobx';
import type { Team } from '../../shared/domain/schemas.js';
import { withTeam } from '../board/planEdits.js';
import type { Command } from '../app/UndoStack.js';
import type { CommandContext } from '../app/commandContext.js';
import { message } from '../../shared/i18n/message.js';

type TeamFields = Omit<Team, 'id'>;

/** Changes the team's design (type, model, positioning, age groups, the three questions, name). */
export function updateTeamCommand(ctx: CommandContext, id: string, patch: Partial<TeamFields>): Command {
  const before = ctx.teams.byId.get(id);
  const old: Partial<TeamFields> = {};
  if (before) for (const key of Object.keys(patch) as (keyof TeamFields)[]) Object.assign(old, { [key]: before[key] });
  const write = async (fields: Partial<TeamFields>) => {
    const previousTeams = ctx.teams.teams;
    await ctx.plan.mutate(
      (plan) => (plan.team.id === id ? withTeam(plan, { ...plan.team, ...fields }) : plan),
      async () => {
        try {
          const saved = await ctx.api.call('teams.update', { id, ...fields });
          runInAction(() => ctx.teams.upsert(saved));
        } catch (error) {
          runInAction(() => ctx.teams.setTeams(previousTeams));
          throw error;
        }
      },
    );
  };
  const name = before?.name ?? '';
  return {
    label: message('cmd.teamDesign', { name }),
    run: () => write(patch),
    revert: () => write(old),
  };
}

/**
 * Creates a team with functions from these templates and opens it. Undo deletes it and
 * reopens the scenario that was open before; redo creates it again. `open` must not
 * wait for the undo queue (it runs inside it).
 */
export function createTeamCommand(
  ctx: CommandContext,
  fields: TeamFields,
  templates: { inTeam: string[]; inShell: string[] },
  open: (scenarioId: string | null) => Promise<void>,
): Command {
  let createdId: string | null = null;
  const previousScenarioId = ctx.plan.view?.scenarioId ?? null;
  return {
    label: message('cmd.teamAdd', { name: fields.name }),
    run: async () => {
      const team = await ctx.api.call('teams.create', {
        ...fields,
        functionTemplateKeys: templates.inTeam,
        shellTemplateKeys: templates.inShell,
      });
      createdId = team.id;
      runInAction(() => ctx.teams.upsert(team));
      const main = team.scenarios.find((s) => s.isMain) ?? team.scenarios[0];
      await open(main?.id ?? null);
    },
    revert: async () => {
      if (!createdId) return;
      const id = createdId;
      await ctx.api.call('teams.delete', { id });
      runInAction(() => ctx.teams.remove(id));
      await open(previousScenarioId);
    },
  };
}
