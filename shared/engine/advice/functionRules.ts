import { message } from '../../i18n/message.js';
import { defineRule, functionName } from './rule.js';

/** Whether each in-team function is actually staffed. Shell functions need nobody. */

export const functionWithoutMembers = defineRule(
  {
    id: 'function-without-members',
    severity: 'critical',
    about: message('rule.functionWithoutMembers.about'),
  },
  (context, say) =>
    context.report.functions
      .filter((f) => !f.inShell && f.memberIds.length === 0)
      .map((f) =>
        say(message('rule.functionWithoutMembers.text', { function: functionName(context.plan, f.id) }), {
          kind: 'function',
          id: f.id,
        }),
      ),
);

export const functionShortOfHours = defineRule(
  {
    id: 'function-short-of-hours',
    severity: 'info',
    about: message('rule.functionShortOfHours.about'),
  },
  (context, say) =>
    context.report.functions
      .filter((f) => !f.inShell && f.memberIds.length > 0 && f.hoursAllocated < f.hoursRequired)
      .map((f) => {
        const short = roundHours(f.hoursRequired - f.hoursAllocated);
        return say(
          message('rule.functionShortOfHours.text', {
            function: functionName(context.plan, f.id),
            allocated: roundHours(f.hoursAllocated),
            required: roundHours(f.hoursRequired),
            count: short,
          }),
          { kind: 'function', id: f.id },
        );
      }),
);

/** Hours to two decimals, as they are entered (6,25), so float noise never reaches a message (1 picks the singular). */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}
