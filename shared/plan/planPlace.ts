import { formatPath } from '../domain/formatIssues.js';
import { message, type Message } from '../i18n/message.js';
import type { MessageKey } from '../i18n/catalogue.js';

/**
 * Where in a team plan a problem is, in words a team leader reads: "het team",
 * "professional 4 (Sanne Mulder)", "de functie Toegang", "toewijzing 3". The one rule for
 * how a place in a plan file is worded: the import's message in the app and the lines of
 * `npm run report` and `npm run compose` both say it. Numbers count from 1, as a reader
 * counts, and a person or function is named when the file gives a name.
 *
 * `field` is the rest of the path below what the words name (`ratings.empathy`), for the
 * command lines, whose readers fix the file by hand; the app leaves it out.
 */
interface PlanPlace {
  place: Message;
  field: string;
}

/** A top-level part of the plan: the part as a whole, and one element of it. */
const LISTS = {
  functions: { whole: 'planPlace.functions', one: 'planPlace.function', named: 'planPlace.functionNamed' },
  professionals: {
    whole: 'planPlace.professionals',
    one: 'planPlace.professional',
    named: 'planPlace.professionalNamed',
  },
  assignments: { whole: 'planPlace.assignments', one: 'planPlace.assignment', named: null },
  competencies: { whole: 'planPlace.competencies', one: 'planPlace.competency', named: null },
  teamRoles: { whole: 'planPlace.teamRoles', one: 'planPlace.teamRole', named: null },
} as const satisfies Record<string, { whole: MessageKey; one: MessageKey; named: MessageKey | null }>;

const PARTS = {
  team: 'planPlace.team',
  scenario: 'planPlace.scenario',
  exportedAt: 'planPlace.exportedAt',
  hoursInOtherTeams: 'planPlace.hoursInOtherTeams',
} as const satisfies Record<string, MessageKey>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nameOf(plan: Record<string, unknown>, list: string, index: number): string | null {
  const items = plan[list];
  const item: unknown = Array.isArray(items) ? items[index] : undefined;
  const name = isRecord(item) ? item.name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name : null;
}

/**
 * The place of `path` in the plan `input` (the file as read), or null for the file as a
 * whole and for a part the words cannot name (the caller then says the text alone).
 */
export function planPlace(path: readonly PropertyKey[], input: unknown): PlanPlace | null {
  const [part, index, ...rest] = path;
  if (typeof part !== 'string') return null;
  if (Object.hasOwn(PARTS, part)) {
    return { place: message(PARTS[part as keyof typeof PARTS]), field: formatPath(path.slice(1)) };
  }
  if (!Object.hasOwn(LISTS, part)) return null;
  const list = LISTS[part as keyof typeof LISTS];
  if (typeof index !== 'number') return { place: message(list.whole), field: formatPath(path.slice(1)) };
  // As plain text: a place is no quantity, so no "1.024" grouping.
  const number = String(index + 1);
  const name = list.named && isRecord(input) ? nameOf(input, part, index) : null;
  return {
    place: name && list.named ? message(list.named, { number, name }) : message(list.one, { number }),
    field: formatPath(rest),
  };
}
