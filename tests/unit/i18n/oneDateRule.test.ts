import { describe, expect, it } from 'vitest';
import { productSources } from './sourceFiles.js';

/**
 * Every date or moment a person reads goes through shared/i18n/dateText.ts (or, in a file
 * name, `localToday`): screens once wrote "30-11-2026, 13:07:55" beside "30 november 2026
 * om 13:07", and file names took UTC's date, yesterday's just after midnight in the
 * Netherlands. This guard keeps other ways of writing a date out of the product code.
 */
const THE_RULE = 'shared/i18n/dateText.ts';

// UTC's calendar day is right where the date is a UTC date to begin with; each with why.
const UTC_DATES_ALLOWED: Record<string, string> = {
  // A day typed as text is parsed with Date.UTC, so UTC's day is the day typed.
  'shared/people/professionalColumns.ts': 'isoDate',
  // exceljs reads a spreadsheet's date cell as midnight UTC of that day.
  'db/importExport/readTable.ts': 'cellText',
};

describe('one rule for dates and moments', () => {
  const sources = productSources();

  it('has no toLocale…String or Intl.DateTimeFormat outside the rule', () => {
    const offenders = sources
      .filter((file) => file.path !== THE_RULE)
      .filter((file) => /\.toLocale(Date|Time)?String\(|Intl\.DateTimeFormat/.test(file.text))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });

  it("takes no UTC calendar day for what a user reads, only where the date is UTC's to begin with", () => {
    const offenders = sources
      .filter((file) => /toISOString\(\)\.slice\(0, ?10\)/.test(file.text))
      .map((file) => file.path)
      .filter((file) => !(file in UTC_DATES_ALLOWED));
    expect(offenders).toEqual([]);
    // The exceptions are still there: a stale entry would hide a new offender in that file.
    for (const file of Object.keys(UTC_DATES_ALLOWED)) {
      expect(sources.find((source) => source.path === file)?.text).toMatch(/toISOString\(\)\.slice\(0, ?10\)/);
    }
  });
});
