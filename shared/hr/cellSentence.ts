import { listOf } from '../i18n/listOf.js';
import { message, type Message } from '../i18n/message.js';
import { REQUIREMENT_STATUS_KEY } from '../i18n/vocabulary.js';
import type { CellColleague, CellRequirement, HrCell } from './types.js';

/** At most this many colleagues are named per gap; the rest are counted. */
const NAMED_COLLEAGUES = 3;

function colleagueText(c: CellColleague): Message {
  return c.functions.length === 0
    ? message('hrCell.colleagueNoFunction', { name: c.name, level: c.level })
    : message('hrCell.colleague', { name: c.name, level: c.level, functions: listOf(c.functions) });
}

function colleaguesText(r: CellRequirement): Message {
  if (r.colleagues.length === 0) return message('hrCell.nobodyElsewhere', { level: r.level });
  const named: (string | Message)[] = r.colleagues.slice(0, NAMED_COLLEAGUES).map(colleagueText);
  const rest = r.colleagues.length - NAMED_COLLEAGUES;
  if (rest > 0) named.push(message('hrCell.moreColleagues', { count: rest }));
  // A colleague's own functions are a comma list, so colleagues are separated more strongly.
  const colleagues = named.reduce((first, next) => message('hrCell.colleagueNext', { first, next }));
  return message('hrCell.inTeam', { colleagues });
}

function requirementText(r: CellRequirement): Message {
  const status = message(REQUIREMENT_STATUS_KEY[r.status]);
  // The shortfall in people in the board's, the print's and the report's one phrase (req.qualified).
  const counts = { level: r.level, people: message('req.qualified', { qualified: r.qualified, needed: r.minPeople }) };
  if (r.functionName === null) {
    const askedBy = listOf(r.askedBy);
    if (r.status === 'missing' || r.status === 'partial') {
      return message('hrCell.teamGap', { status, ...counts, askedBy });
    }
    return r.status === 'thin'
      ? message('hrCell.teamThin', { status, level: r.level, holder: r.holders[0] ?? '', askedBy })
      : message('hrCell.teamCovered', { status, level: r.level, askedBy });
  }
  const fn = r.functionName;
  if (r.status === 'missing' || r.status === 'partial') {
    return message('hrCell.gap', { status, function: fn, ...counts, colleagues: colleaguesText(r) });
  }
  return r.status === 'thin'
    ? message('hrCell.thin', { status, function: fn, level: r.level, holder: r.holders[0] ?? '' })
    : message('hrCell.covered', { status, function: fn, level: r.level });
}

/** "2 eisen open" or "Geen eis open": the count the board would show as not covered. */
export function cellOpenCount(cell: Pick<HrCell, 'openRequirements'>): Message {
  return cell.openRequirements === 0
    ? message('hrCell.noneOpen')
    : message('hrCell.openCount', { count: cell.openRequirements });
}

/** Each requirement behind the cell in words, worst first (the detail panel lists these). */
export function cellRequirementTexts(cell: Pick<HrCell, 'explanation'>): Message[] {
  return cell.explanation.requirements.map(requirementText);
}

/**
 * A matrix cell in words: how many requirements are open, then per function where the
 * column is asked its status (the board's words and its "x van y"), and for an open one
 * who elsewhere in the team already has the level; vakkennis only shell functions ask is
 * "in de schil". Null for a column nobody asks for.
 */
export function cellSentence(cell: Pick<HrCell, 'openRequirements' | 'explanation' | 'severity'>): Message | null {
  const parts = cellRequirementTexts(cell);
  if (parts.length === 0) {
    // Asked only by shell functions: the board's and the print's "in de schil".
    return cell.severity === 'inShell'
      ? message('hrCell.inShellSentence', { status: message(REQUIREMENT_STATUS_KEY.inShell) })
      : null;
  }
  const details = parts.reduce((first, next) => message('hrCell.then', { first, next }));
  return message('hrCell.sentence', { open: cellOpenCount(cell), details });
}
