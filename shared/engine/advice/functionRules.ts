import { defineRule } from './rule.js';

/** Whether each in-team function is actually staffed. Shell functions need nobody. */

export const functionWithoutMembers = defineRule(
  {
    id: 'function-without-members',
    severity: 'critical',
    about: {
      nl: 'Een functie in het team waar niemand in staat.',
      en: 'An in-team function nobody is assigned to.',
    },
  },
  (context, say) =>
    context.report.functions
      .filter((f) => !f.inShell && f.memberIds.length === 0)
      .map((f) =>
        say(
          {
            nl: `Niemand vervult de functie ${f.name}. Wijs iemand toe of plaats de functie bewust in de schil.`,
            en: `Nobody fills the function ${f.name}. Assign someone or place the function in the shell on purpose.`,
          },
          { kind: 'function', id: f.id },
        ),
      ),
);

export const functionShortOfHours = defineRule(
  {
    id: 'function-short-of-hours',
    severity: 'info',
    about: {
      nl: 'Een bemenste functie in het team met minder uren dan nodig.',
      en: 'A staffed in-team function with fewer hours than it needs.',
    },
  },
  (context, say) =>
    context.report.functions
      .filter((f) => !f.inShell && f.memberIds.length > 0 && f.hoursAllocated < f.hoursRequired)
      .map((f) => {
        const short = formatHours(f.hoursRequired - f.hoursAllocated);
        return say(
          {
            nl: `${f.name} heeft ${formatHours(f.hoursAllocated)} van de ${formatHours(f.hoursRequired)} uur per week; er ontbreekt ${short} uur.`,
            en: `${f.name} has ${formatHours(f.hoursAllocated)} of the ${formatHours(f.hoursRequired)} hours per week it needs; ${short} hours are missing.`,
          },
          { kind: 'function', id: f.id },
        );
      }),
);

/** Hours with at most one decimal, so float noise never reaches a message. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}
