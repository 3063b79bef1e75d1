import { message, type Message } from '../../shared/i18n/message.js';
import type { MemberShift } from './scenarioChanges.js';

/**
 * One person's change in one function, in the comparison's words ("Sevda komt erbij, 24 uur",
 * "Jan gaat eruit (8 uur)", "Anna: 16 → 24 uur"): the scenario comparison and Stel samen's
 * result both say it this way, so the team leader reads the same line before and after opening.
 */
export function memberShiftMessage(m: MemberShift): Message {
  if (m.before === null) return message('changes.joins', { name: m.name, count: m.after! });
  if (m.after === null) return message('changes.leaves', { name: m.name, count: m.before });
  return message('changes.hours', { name: m.name, before: m.before, after: m.after });
}
