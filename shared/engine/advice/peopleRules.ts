import { formatHours } from './functionRules.js';
import { defineRule, members, professionalName } from './rule.js';

/** The people side HR looks at: over-allocation and how current the ratings are. */

export const overAllocatedProfessional = defineRule(
  {
    id: 'over-allocated',
    severity: 'warning',
    about: {
      nl: 'Een professional met meer toegewezen uren dan contracturen.',
      en: 'A professional assigned more hours than their contract.',
    },
  },
  ({ plan, report }, say) =>
    report.professionals
      .filter((l) => l.overAllocated)
      .map((l) => {
        const name = professionalName(plan, l.id);
        return say(
          {
            nl: `${name} staat voor ${formatHours(l.hoursAllocated)} uur ingepland, maar heeft een contract van ${formatHours(l.contractHours)} uur. Verminder uren of verdeel het werk anders.`,
            en: `${name} is planned for ${formatHours(l.hoursAllocated)} hours but has a contract of ${formatHours(l.contractHours)} hours. Reduce hours or share the work differently.`,
          },
          { kind: 'professional', id: l.id },
        );
      }),
);

export const assessmentMissing = defineRule(
  {
    id: 'assessment-missing',
    severity: 'info',
    about: { nl: 'Een teamlid zonder beoordelingsdatum.', en: 'A member without an assessment date.' },
  },
  (context, say) =>
    members(context)
      .filter((p) => p.assessedOn === null)
      .map((p) =>
        say(
          {
            nl: `De competenties van ${p.name} zijn nooit beoordeeld; de dekking rust op aannames. Plan een beoordeling.`,
            en: `The competencies of ${p.name} were never assessed; coverage rests on assumptions. Plan an assessment.`,
          },
          { kind: 'professional', id: p.id },
        ),
      ),
);

/** Ratings older than this are still used, but flagged: people grow, and teams change. */
export const ASSESSMENT_MAX_AGE_MONTHS = 24;

export const assessmentOutdated = defineRule(
  {
    id: 'assessment-outdated',
    severity: 'info',
    about: {
      nl: `Een teamlid van wie de beoordeling ouder is dan ${ASSESSMENT_MAX_AGE_MONTHS} maanden.`,
      en: `A member whose assessment is older than ${ASSESSMENT_MAX_AGE_MONTHS} months.`,
    },
  },
  (context, say) => {
    const { today } = context;
    if (today === null) return [];
    return members(context)
      .filter((p) => p.assessedOn !== null && p.assessedOn < monthsBefore(today, ASSESSMENT_MAX_AGE_MONTHS))
      .map((p) =>
        say(
          {
            nl: `De beoordeling van ${p.name} is van ${p.assessedOn}, langer dan ${ASSESSMENT_MAX_AGE_MONTHS} maanden geleden. Werk de beoordeling bij.`,
            en: `The assessment of ${p.name} dates from ${p.assessedOn}, more than ${ASSESSMENT_MAX_AGE_MONTHS} months ago. Update the assessment.`,
          },
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
