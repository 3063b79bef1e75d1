import { functionFromTemplate } from '../../shared/catalogue/functionFromTemplate.js';
import type { Team, TeamFunction } from '../../shared/domain/schemas.js';
import type { StoreContext } from '../context.js';
import { getFunctionTemplate } from '../repositories/catalogue.js';
import { insertFunction } from '../repositories/functions.js';
import {
  deleteTeam,
  getTeam,
  insertScenario,
  insertTeam,
  listTeamSummaries,
  teamSummary,
  teamWithSameName,
  updateTeam,
} from '../repositories/teams.js';
import { message } from '../../shared/i18n/message.js';
import { THING, conflict, notFound, throwIfIssues, type Issue } from './failures.js';
import type { HandlerSlice } from './handlerTypes.js';
import { DEFAULT_MAIN_SCENARIO_NAME } from './names.js';

type TeamMethod = 'teams.list' | 'teams.create' | 'teams.update' | 'teams.delete';

/** A function of a new team, filled in from a catalogue template; null for an unknown key. */
function fromTemplate(ctx: StoreContext, key: string): TeamFunction | null {
  const template = getFunctionTemplate(ctx, key);
  if (!template) return null;
  return { id: ctx.newId(), ...functionFromTemplate(template, template.name.nl) };
}

/** Two teams of one name cannot be told apart in the team picker, HR, the area view and the print. */
function refuseTakenName(ctx: StoreContext, name: string, exceptId: string | null): void {
  const other = teamWithSameName(ctx, name, exceptId);
  if (other) throw conflict(message('teamError.nameTaken', { name: other.name }));
}

export function teamHandlers(ctx: StoreContext): HandlerSlice<TeamMethod> {
  return {
    'teams.list': () => ctx.read(() => listTeamSummaries(ctx)),

    'teams.create': ({ functionTemplateKeys, shellTemplateKeys, ...fields }) =>
      ctx.write(() => {
        refuseTakenName(ctx, fields.name, null);
        const team: Team = { id: ctx.newId(), ...fields };
        const inTeam = new Set(functionTemplateKeys);
        const keys = [...inTeam, ...new Set(shellTemplateKeys.filter((key) => !inTeam.has(key)))];
        // Each where it was proposed, whatever its template's usual placement; a shell
        // function asks no hours of the team.
        const made = keys.map((key, i) => {
          const fn = fromTemplate(ctx, key);
          if (!fn) return null;
          return i < inTeam.size
            ? { ...fn, placement: 'team' as const }
            : { ...fn, placement: 'shell' as const, hoursRequired: 0 };
        });
        throwIfIssues(
          made.flatMap((fn, i): Issue[] =>
            fn ? [] : [{ path: `functionTemplateKeys[${i}]`, key: 'unknownFunction', value: keys[i]! }],
          ),
        );
        insertTeam(ctx, team, false);
        const scenarioId = ctx.newId();
        insertScenario(ctx, { id: scenarioId, teamId: team.id, name: DEFAULT_MAIN_SCENARIO_NAME, isMain: true });
        made.forEach((fn, position) => insertFunction(ctx, scenarioId, fn!, position));
        return teamSummary(ctx, team.id)!;
      }),

    'teams.update': ({ id, ...changes }) =>
      ctx.write(() => {
        const existing = getTeam(ctx, id);
        if (!existing) throw notFound(THING.team, id);
        if (changes.name !== undefined) refuseTakenName(ctx, changes.name, id);
        const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<Team>;
        updateTeam(ctx, { ...existing, ...defined, id });
        return teamSummary(ctx, id)!;
      }),

    'teams.delete': ({ id }) =>
      ctx.write(() => {
        if (!deleteTeam(ctx, id)) throw notFound(THING.team, id);
        return { done: true as const };
      }),
  };
}
