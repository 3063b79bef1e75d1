import type { StoreContext } from '../context.js';
import {
  competencyKeys,
  competencyUsage,
  deleteCustomCompetency,
  deleteCustomTemplate,
  getCompetency,
  getFunctionTemplate,
  insertCustomCompetency,
  insertCustomTemplate,
  listCompetencies,
  listFunctionTemplates,
} from '../repositories/catalogue.js';
import {
  deleteTeamRole,
  getTeamRole,
  insertTeamRole,
  listTeamRoles,
  ratingsOfTeamRole,
  renameTeamRole,
  restoreTeamRoleRatings,
  teamRoleKeys,
  teamRolePosition,
} from '../repositories/teamRoles.js';
import { TEAM_ROLE_KEY_PATTERN } from '../../shared/catalogue/teamRoles.js';
import { withSameCatalogueName } from '../../shared/catalogue/catalogueNameTaken.js';
import { ApiFailure } from '../../shared/api/result.js';
import { THING, conflict, notFound, throwIfIssues, type Issue } from './failures.js';
import type { HandlerSlice } from './handlerTypes.js';
import { expertiseIssues, requirementIssues } from './referential.js';
import { message } from '../../shared/i18n/message.js';

type CatalogueMethod =
  | 'catalogue.get'
  | 'catalogue.createCompetency'
  | 'catalogue.deleteCompetency'
  | 'catalogue.createFunctionTemplate'
  | 'catalogue.deleteFunctionTemplate'
  | 'catalogue.createTeamRole'
  | 'catalogue.updateTeamRole'
  | 'catalogue.deleteTeamRole';

/** A key for a new team role from its Dutch name (lower case, digits, dashes), made unique in the set. */
function teamRoleKeyFromName(name: string, taken: Set<string>): string {
  const base = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 34);
  const stem = TEAM_ROLE_KEY_PATTERN.test(base) ? base : `rol-${base}`.replace(/-+$/, '');
  let key = stem;
  for (let n = 2; taken.has(key) || !TEAM_ROLE_KEY_PATTERN.test(key); n++) key = `${stem}-${n}`;
  return key;
}

function trimmedName(name: { nl: string; en: string }): { nl: string; en: string } {
  const nl = name.nl.trim();
  return { nl, en: name.en.trim() || nl };
}

export function catalogueHandlers(ctx: StoreContext): HandlerSlice<CatalogueMethod> {
  return {
    'catalogue.get': () =>
      ctx.read(() => ({
        competencies: listCompetencies(ctx),
        functionTemplates: listFunctionTemplates(ctx),
        teamRoles: listTeamRoles(ctx),
      })),

    'catalogue.createCompetency': (input) =>
      ctx.write(() => {
        const existing = getCompetency(ctx, input.key);
        if (existing) {
          throw conflict(message('catalogueError.competencyKeyTaken', { key: input.key, name: existing.name }));
        }
        const sameName = withSameCatalogueName(input.name, listCompetencies(ctx));
        if (sameName) throw conflict(message('catalogueError.competencyNameTaken', { name: sameName.name }));
        const dto = {
          key: input.key,
          name: input.name,
          description: input.description ?? { nl: '', en: '' },
          builtIn: false,
        };
        insertCustomCompetency(ctx, dto);
        return dto;
      }),

    'catalogue.deleteCompetency': ({ key }) =>
      ctx.write(() => {
        const existing = getCompetency(ctx, key);
        if (!existing) throw notFound(THING.competency, key);
        if (existing.builtIn) {
          throw conflict(message('catalogueError.competencyBuiltIn', { name: existing.name }));
        }
        const usage = competencyUsage(ctx, key);
        if (usage.ratings + usage.requirements > 0) {
          throw conflict(
            message('catalogueError.competencyInUse', {
              name: existing.name,
              requirements: usage.requirements,
              ratings: usage.ratings,
            }),
          );
        }
        deleteCustomCompetency(ctx, key);
        return { done: true as const };
      }),

    'catalogue.createFunctionTemplate': (input) =>
      ctx.write(() => {
        const issues: Issue[] = [
          ...requirementIssues(input.requirements, competencyKeys(ctx), 'requirements'),
          ...expertiseIssues(input.expertise, 'expertise'),
        ];
        if (input.name.nl.trim() === '' || input.name.nl.length > 200 || input.name.en.length > 200) {
          issues.push({ path: 'name.nl', key: 'name' });
        }
        if (!Number.isFinite(input.defaultHours) || input.defaultHours < 0)
          issues.push({ path: 'defaultHours', key: 'hours' });
        else if (input.defaultHours > 1000) issues.push({ path: 'defaultHours', key: 'hoursTooMany' });
        if (input.expertise.length > 20) issues.push({ path: 'expertise', key: 'text' });
        if (input.requirements.length > 40) issues.push({ path: 'requirements', key: 'text' });
        throwIfIssues(issues);
        const sameName = withSameCatalogueName(trimmedName(input.name), listFunctionTemplates(ctx));
        if (sameName) throw conflict(message('catalogueError.templateNameTaken', { name: sameName.name }));
        const dto = {
          ...input,
          name: { nl: input.name.nl.trim(), en: input.name.en.trim() },
          key: `custom-${ctx.newId()}`,
          builtIn: false,
        };
        insertCustomTemplate(ctx, dto);
        return getFunctionTemplate(ctx, dto.key)!;
      }),

    'catalogue.deleteFunctionTemplate': ({ key }) =>
      ctx.write(() => {
        const existing = getFunctionTemplate(ctx, key);
        if (!existing) throw notFound(THING.template, key);
        if (existing.builtIn) {
          throw conflict(message('catalogueError.templateBuiltIn', { name: existing.name }));
        }
        deleteCustomTemplate(ctx, key);
        return { done: true as const };
      }),

    'catalogue.createTeamRole': ({ key, name, ratings, position }) =>
      ctx.write(() => {
        const taken = teamRoleKeys(ctx);
        if (key !== undefined && taken.has(key)) {
          throw conflict(message('edit.teamRole.keyTaken', { name: getTeamRole(ctx, key)!.name }));
        }
        throwIfRoleNameTaken(ctx, trimmedName(name), null);
        const role = { key: key ?? teamRoleKeyFromName(name.nl, taken), name: trimmedName(name) };
        insertTeamRole(ctx, role, position);
        restoreTeamRoleRatings(ctx, role.key, ratings);
        return role;
      }),

    'catalogue.updateTeamRole': ({ key, name }) =>
      ctx.write(() => {
        if (!getTeamRole(ctx, key)) throw unknownTeamRole(key);
        const role = { key, name: trimmedName(name) };
        throwIfRoleNameTaken(ctx, role.name, key);
        renameTeamRole(ctx, role);
        return role;
      }),

    'catalogue.deleteTeamRole': ({ key }) =>
      ctx.write(() => {
        if (!getTeamRole(ctx, key)) throw unknownTeamRole(key);
        const removedRatings = ratingsOfTeamRole(ctx, key);
        const position = teamRolePosition(ctx, key);
        deleteTeamRole(ctx, key);
        return { removedRatings, position };
      }),
  };
}

/** People are rated on each role by its name: two roles that read alike cannot be told apart. */
function throwIfRoleNameTaken(ctx: StoreContext, name: { nl: string; en: string }, exceptKey: string | null): void {
  const sameName = withSameCatalogueName(name, listTeamRoles(ctx), exceptKey);
  if (sameName) throw conflict(message('edit.teamRole.nameTaken', { name: sameName.name }));
}

function unknownTeamRole(key: string): ApiFailure {
  return new ApiFailure('notFound', message('edit.teamRole.notFound', { key }));
}
