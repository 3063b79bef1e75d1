import type { CompetencyDto, FunctionTemplateDto } from '../../shared/api/entities.js';
import type { Command } from '../app/UndoStack.js';
import type { CommandContext } from '../app/commandContext.js';
import { message } from '../../shared/i18n/message.js';

/** Custom competencies and function templates. The catalogue is read again after each write: it is small. */

type TemplateFields = Omit<FunctionTemplateDto, 'key' | 'builtIn'>;

export function createCompetencyCommand(
  ctx: CommandContext,
  key: string,
  name: { nl: string; en: string },
  description: { nl: string; en: string },
): Command {
  const create = async () => {
    await ctx.api.call('catalogue.createCompetency', { key, name, description });
    await ctx.catalogue.load();
  };
  const remove = async () => {
    await ctx.api.call('catalogue.deleteCompetency', { key });
    await ctx.catalogue.load();
  };
  return { label: message('cmd.competencyAdd', { name: name }), run: create, revert: remove };
}

export function deleteCompetencyCommand(ctx: CommandContext, competency: CompetencyDto): Command {
  const command = createCompetencyCommand(ctx, competency.key, competency.name, competency.description);
  return {
    label: message('cmd.competencyRemove', { name: competency.name }),
    run: command.revert,
    revert: command.run,
  };
}

/** Templates get their key from the store, so redo of a create (and undo of a delete) makes a new key. */
export function createTemplateCommand(ctx: CommandContext, fields: TemplateFields): Command {
  let key: string | null = null;
  return {
    label: message('cmd.templateAdd', { name: fields.name }),
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
    label: message('cmd.templateRemove', { name: template.name }),
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
