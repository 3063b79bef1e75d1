import type { ApiInput } from '../../shared/api/contract.js';
import { firstFreeName } from '../../shared/domain/sameName.js';
import { message } from '../../shared/i18n/message.js';
import type { Command } from '../app/UndoStack.js';
import type { CommandContext } from '../app/commandContext.js';
import { newScenarioCommand, type AfterCreate } from '../scenarios/scenarioCommands.js';

type Composed = ApiInput<'compose.apply'>['assignments'];

/**
 * "Open als scenario": the composition becomes a new variant beside the scenario it was
 * composed from, and (with `after.open`) the open one. Undo opens the former scenario again
 * and deletes the variant; redo creates it again from the same assignments (the job in the
 * store may be long gone by then).
 */
export function composedScenarioCommand(
  ctx: CommandContext,
  scenarioId: string,
  name: string,
  assignments: Composed,
  after?: AfterCreate,
): Command {
  return newScenarioCommand(
    ctx,
    message('composeUi.cmd.create', { name }),
    () => ctx.api.call('compose.apply', { scenarioId, name, assignments }),
    after,
  );
}

/**
 * The first free name of the form "Samengesteld", "Samengesteld 2", ... among the team's
 * scenarios, by the store's own rule of same names (trimmed, any case), so the store never
 * refuses the name it is given.
 */
export function freeScenarioName(base: string, taken: readonly string[]): string {
  return firstFreeName(taken, (n) => (n === 1 ? base : `${base} ${n}`));
}
