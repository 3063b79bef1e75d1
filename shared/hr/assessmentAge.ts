import { message, type Message } from '../i18n/message.js';

/**
 * How long ago an assessment was: whole months, and whether days have passed beyond them.
 * An assessment on 5 November 2024 is, on 30 November 2026, 24 whole months and 25 days
 * old: "langer dan 24 maanden geleden", the board's words, never "24 maanden geleden"
 * under HR's heading "ouder dan 24 maanden".
 */
export interface AssessmentAge {
  /** Whole months since the assessment; a month counts once its day is reached. */
  months: number;
  /** Days have passed since the last whole month. */
  more: boolean;
}

/** The age of an assessment on `assessedOn` (ISO day) on `today` (ISO day). */
export function assessmentAge(assessedOn: string, today: string): AssessmentAge {
  const [fy, fm, fd] = assessedOn.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  if (months < 0) return { months: 0, more: false };
  return { months, more: td !== fd };
}

/** The one wording of an assessment's age, on the HR screen and in its XLSX. */
export function assessmentAgeText(age: AssessmentAge): Message {
  return age.more
    ? message('hr.reason.outdatedMore', { count: age.months })
    : message('hr.reason.outdated', { count: age.months });
}
