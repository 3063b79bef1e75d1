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
import { THING, conflict, notFound, throwIfIssues, type Issue } from './failures.js';
import type { HandlerSlice } from './handlerTypes.js';
import { expertiseIssues, requirementIssues } from './referential.js';
import { message } from '../../shared/i18n/message.js';

type CatalogueMethod =
  | 'catalogue.get'
  | 'catalogue.createCompetency'
  | 'catalogue.deleteCompetency'
  | 'catalogue.createFunctionTemplate'
  | 'catalogue.deleteFunctionTemplate';

export function catalogueHandlers(ctx: StoreContext): HandlerSlice<CatalogueMethod> {
  return {
    'catalogue.get': () =>
      ctx.read(() => ({ competencies: listCompetencies(ctx), functionTemplates: listFunctionTemplates(ctx) })),

    'catalogue.createCompetency': (input) =>
      ctx.write(() => {
        const existing = getCompetency(ctx, input.key);
        if (existing) {
          throw conflict(message('catalogueError.competencyKeyTaken', { key: input.key, name: existing.name }));
        }
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
  };
}
