import type { CompetencyDto, FunctionTemplateDto } from '../../shared/api/entities.js';
import type { Command } from '../stores/UndoStack.js';
import type { CommandContext } from './context.js';

/** Custom competencies and function templates. The catalogue is read again after each write: it is small. */

type TemplateFields = Omit<FunctionTemplateDto, 'key' | 'builtIn'>;

export function createCompetencyCommand(ctx: CommandContext, key: string, name: { nl: string; en: string }, description: { nl: string; en: string }): Command {
  const create = async () => {
    await ctx.api.call('catalogue.createCompetency', { key, name, description });
    await ctx.catalogue.load();
  };
  const remove = async () => {
    await ctx.api.call('catalogue.deleteCompetency', { key });
    await ctx.catalogue.load();
  };
  return { label: { nl: `Competentie ${name.nl}`, en: `Competency ${name.en}` }, run: create, revert: remove };
}

export function deleteCompetencyCommand(ctx: CommandContext, competency: CompetencyDto): Command {
  const command = createCompetencyCommand(ctx, competency.key, competency.name, competency.description);
  return {
    label: { nl: `Competentie ${competency.name.nl} verwijderd`, en: `Competency ${competency.name.en} removed` },
    run: command.revert,
    revert: command.run,
  };
}

/** Templates get their key from the store, so redo of a create (and undo of a delete) makes a new key. */
export function createTemplateCommand(ctx: CommandContext, fields: TemplateFields): Command {
  let key: string | null = null;
  return {
    label: { nl: `Functiesjabloon ${fields.name.nl}`, en: `Function template ${fields.name.en}` },
    run: async () => {
      key = (await ctx.api.call('catalogue.createFunctionTemplate', fields)).key;
      await ctx.catalogue.load();
    },
    revert: async () => {
      if (!key) return;
      await ctx.api.call('catalogue.deleteFunctionTemplate', { key });
      await ctx.catalogue.load();
    },
  };
}

export function deleteTemplateCommand(ctx: CommandContext, template: FunctionTemplateDto): Command {
  const { key: _key, builtIn: _builtIn, ...fields } = template;
  let key = template.key;
  return {
    label: { nl: `Functiesjabloon ${template.name.nl} verwijderd`, en: `Function template ${template.name.en} removed` },
    run: async () => {
      await ctx.api.call('catalogue.deleteFunctionTemplate', { key });
      await ctx.catalogue.load();
    },
    revert: async () => {
      key = (await ctx.api.call('catalogue.createFunctionTemplate', fields)).key;
      await ctx.catalogue.load();
    },
  };
}
