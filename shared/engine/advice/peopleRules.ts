import { message } from '../../i18n/message.js';
import { calendarDayText } from '../../i18n/dateText.js';
import { hoursInAllTeams, overAllocatedIds } from '../overAllocation.js';
import { roundHours } from './functionRules.js';
import { defineRule, members, professionalName } from './rule.js';

/** The people side HR looks at: over-allocation and how current the ratings are. */

export const overAllocatedProfessional = defineRule(
  {
    id: 'over-allocated',
    severity: 'warning',
    about: message('rule.overAllocated.about'),
  },
  ({ plan, report, hoursElsewhere }, say) => {
    const over = new Set(overAllocatedIds(report, hoursElsewhere));
    return report.professionals
      .filter((l) => over.has(l.id))
      .map((l) =>
        say(
          message('rule.overAllocated.text', {
            name: professionalName(plan, l.id),
            allocated: roundHours(hoursInAllTeams(l, hoursElsewhere)),
            contract: roundHours(l.contractHours),
          }),
          { kind: 'professional', id: l.id },
        ),
      );
  },
);

export const assessmentMissing = defineRule(
  {
    id: 'assessment-missing',
    severity: 'info',
    about: message('rule.assessmentMissing.about'),
  },
  (context, say) =>
    members(context)
      .filter((p) => p.assessedOn === null)
      .map((p) => say(message('rule.assessmentMissing.text', { name: p.name }), { kind: 'professional', id: p.id })),
);

/** Ratings older than this are still used, but flagged: people grow, and teams change. */
const ASSESSMENT_MAX_AGE_MONTHS = 24;

export const assessmentOutdated = defineRule(
  {
    id: 'assessment-outdated',
    severity: 'info',
    about: message('rule.assessmentOutdated.about', { months: ASSESSMENT_MAX_AGE_MONTHS }),
  },
  (context, say) => {
    const { today } = context;
    if (today === null) return [];
    return members(context)
      .filter((p) => p.assessedOn !== null && p.assessedOn < monthsBefore(today, ASSESSMENT_MAX_AGE_MONTHS))
      .map((p) =>
        say(
          message('rule.assessmentOutdated.text', {
            name: p.name,
            // "1 maart 2024": the planner's one way of writing a date (shared/i18n/dateText.ts).
            date: calendarDayText(p.assessedOn ?? ''),
            months: ASSESSMENT_MAX_AGE_MONTHS,
          }),
          { kind: 'professional', id: p.id },
        ),
      );
  },
);

/**
 * The ISO date `months` months before `date`, same day of the month. The day is not
 * clamped (2026-03-31 minus one month gives "2026-02-31"): the result is only compared
 * as a string with real ISO dates, where it sorts exactly between the 28th/29th and
 * the next month, which is what "more than N months ago" means.
 */
export function monthsBefore(date: string, months: number): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const total = year * 12 + (month - 1) - months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}${date.slice(7)}`;
}
