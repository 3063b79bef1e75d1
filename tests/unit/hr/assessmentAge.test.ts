import { describe, expect, it } from 'vitest';
import { buildHrOverview, hrTables } from '../../../shared/hr/index.js';
import { assessmentAge, assessmentAgeText } from '../../../shared/hr/assessmentAge.js';
import { translator } from '../../../shared/i18n/translator.js';
import { INPUT, TODAY, options } from './hrFixtures.js';

/**
 * One rule for an assessment's age: HR's "ouder dan 24 maanden" list and its XLSX say
 * "langer dan 24 maanden geleden" for 24 months and some days, as the board's advice
 * does, never "24 maanden geleden" under a heading that says older than 24 months.
 */
describe("an assessment's age", () => {
  it('counts whole months and notes the days beyond them (the tour: 5 November 2024 on 30 November 2026)', () => {
    expect(assessmentAge('2024-11-05', '2026-11-30')).toEqual({ months: 24, more: true });
    expect(assessmentAge('2024-11-30', '2026-11-30')).toEqual({ months: 24, more: false });
    expect(assessmentAge('2024-12-05', '2026-11-30')).toEqual({ months: 23, more: true });
  });

  it('says "langer dan" when days are beyond the whole months, in both languages', () => {
    const nl = translator('nl');
    const en = translator('en');
    expect(nl.render(assessmentAgeText(assessmentAge('2024-11-05', '2026-11-30')))).toBe(
      'langer dan 24 maanden geleden',
    );
    expect(en.render(assessmentAgeText(assessmentAge('2024-11-05', '2026-11-30')))).toBe('more than 24 months ago');
    expect(nl.render(assessmentAgeText(assessmentAge('2024-11-30', '2026-11-30')))).toBe('24 maanden geleden');
    expect(nl.render(assessmentAgeText({ months: 1, more: true }))).toBe('langer dan 1 maand geleden');
  });

  it('the XLSX list says what the screen says', () => {
    // Bert Bos, assessed 1 January 2020, on 23 November 2026: 82 months and 22 days.
    const [table] = hrTables(buildHrOverview(INPUT, options({ today: TODAY })), ['assessments'], 'nl');
    const column = table!.columns.indexOf('Hoe lang geleden');
    const bert = table!.rows.find((r) => r[0] === 'Bert Bos')!;
    expect(bert[column]).toBe('langer dan 82 maanden geleden');
  });
});
