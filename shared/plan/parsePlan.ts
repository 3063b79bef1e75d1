import { formatIssues, type FormattedIssue } from '../domain/formatIssues.js';
import { validationMessage } from '../domain/messages.js';
import { message, type Message } from '../i18n/message.js';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, teamPlanSchema, type TeamPlan } from './planSchema.js';
import { upgradeToCurrent } from './upgradePlan.js';

/**
 * Reading a team plan file from outside (the report CLI, import in the app). Never
 * throws: bad input gives one issue per problem naming the exact place, e.g.
 * `professionals[3].ratings.empathy` + "niveau moet een heel getal van 0 tot en met 4 zijn",
 * as Messages the caller renders in its language (formatIssues.ts: `issueLines`).
 *
 * Format and version are checked first and alone: for a file that is not a plan at all,
 * or one from a newer planner, a list of fifty field errors would only hide the one
 * thing the user needs to know.
 */
type ParsePlanResult = { ok: true; plan: TeamPlan } | { ok: false; issues: FormattedIssue[] };

function fail(path: string, text: Message): ParsePlanResult {
  return { ok: false, issues: [{ path, text }] };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parsePlan(input: unknown): ParsePlanResult {
  if (!isPlainObject(input)) return fail('', message('planFile.notAnObject'));
  // A JSON object of some other program: the file as a whole is wrong, not one field of it.
  if (input.format !== PLAN_FORMAT) return fail('', validationMessage('format'));
  const { version } = input;
  if (typeof version === 'number' && Number.isInteger(version) && version > PLAN_FORMAT_VERSION) {
    return fail('version', validationMessage('version'));
  }
  if (version !== PLAN_FORMAT_VERSION && version !== 1) {
    return fail('version', message('planFile.unsupportedVersion', { version: PLAN_FORMAT_VERSION }));
  }

  const result = teamPlanSchema.safeParse(upgradeToCurrent(input));
  if (result.success) return { ok: true, plan: result.data };
  return { ok: false, issues: formatIssues(result.error) };
}

/** Parses the text of a plan file: JSON syntax errors are reported with line and column. */
export function parsePlanJson(text: string): ParsePlanResult {
  let input: unknown;
  try {
    // Editors on Windows may save with a byte-order mark, which JSON.parse rejects.
    input = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const where = jsonErrorPosition(text, error);
    // Line and column as plain text: a position is no quantity, so no "1.024" grouping.
    const at = where && { line: String(where.line), column: String(where.column) };
    return fail('', at ? message('planFile.notJsonAt', at) : message('planFile.notJson'));
  }
  return parsePlan(input);
}

/**
 * Where JSON.parse gave up. V8 names either "line L column C" or a character
 * "position N"; both are turned into 1-based line and column. Null when it names neither.
 */
export function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } | null {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) {
    const offset = Math.min(Number(position[1]), text.length);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
  }
  if (/end of (JSON )?input/i.test(message)) {
    const lines = text.split('\n');
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
  }
  return null;
}
