import { formatIssues, type FormattedIssue } from '../domain/formatIssues.js';
import { validationMessage } from '../domain/messages.js';
import { message, type Message } from '../i18n/message.js';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, teamPlanSchema, type TeamPlan } from './planSchema.js';
import { readPlanJson } from './planJson.js';
import { planPlace } from './planPlace.js';
import { upgradeToCurrent } from './upgradePlan.js';

export { jsonErrorPosition } from './planJson.js';

/**
 * Reading a team plan file from outside (the report CLI, import in the app). Never
 * throws: bad input gives one issue per problem with its exact path
 * (`professionals[3].ratings.empathy`), its place in words (planPlace.ts: "professional 4
 * (Sanne Mulder)", field `ratings.empathy`) and what is wrong ("niveau moet een heel getal
 * van 0 tot en met 4 zijn"), as Messages the caller renders in its language
 * (formatIssues.ts: `issueLines`).
 *
 * Format and version are checked first and alone: for a file that is not a plan at all,
 * or one from a newer planner, a list of fifty field errors would only hide the one
 * thing the user needs to know. They concern the file as a whole, so they have no place
 * (a field name such as "version" tells a team leader nothing); `notAPlan` marks the first,
 * so the app can say "onderdeel 2 van het bestand is geen teamplan".
 */
type ParsePlanFailure = { ok: false; issues: FormattedIssue[]; notAPlan?: true };
type ParsePlanResult = { ok: true; plan: TeamPlan } | ParsePlanFailure;

function fail(text: Message, notAPlan = false): ParsePlanFailure {
  const failure: ParsePlanFailure = { ok: false, issues: [{ path: '', text }] };
  return notAPlan ? { ...failure, notAPlan: true } : failure;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parsePlan(input: unknown): ParsePlanResult {
  if (!isPlainObject(input)) return fail(message('planFile.notAnObject'), true);
  // A JSON object of some other program: the file as a whole is wrong, not one field of it.
  if (input.format !== PLAN_FORMAT) return fail(validationMessage('format'), true);
  const { version } = input;
  if (typeof version === 'number' && Number.isInteger(version) && version > PLAN_FORMAT_VERSION) {
    return fail(validationMessage('version'));
  }
  if (version !== PLAN_FORMAT_VERSION && version !== 1) {
    return fail(message('planFile.unsupportedVersion', { version: PLAN_FORMAT_VERSION }));
  }

  const result = teamPlanSchema.safeParse(upgradeToCurrent(input));
  if (result.success) return { ok: true, plan: result.data };
  return { ok: false, issues: formatIssues(result.error, (path) => planPlace(path, input)) };
}

/** Parses the text of a plan file: an empty file is said so, JSON syntax errors with line and column. */
export function parsePlanJson(text: string): ParsePlanResult {
  const read = readPlanJson(text);
  return read.ok ? parsePlan(read.value) : fail(read.text);
}
