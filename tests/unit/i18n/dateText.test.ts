import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calendarDayText,
  formatCalendarDay,
  formatDay,
  formatMoment,
  listedMoments,
  momentText,
} from '../../../shared/i18n/dateText.js';

/**
 * The one way the planner writes a date or a moment: the long form in the user's local
 * time. The formatters are made on first use with the time zone of that moment, so the
 * zone is set before any test of this file formats anything.
 */
const originalTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Amsterdam';
});
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

// 00:30 on 24 November in Amsterdam, while UTC is still on 23 November.
const JUST_AFTER_MIDNIGHT = new Date('2026-11-23T23:30:00Z');

describe('formatMoment', () => {
  it('writes a moment the long way, to the minute, in local time, in both languages', () => {
    expect(formatMoment('nl', JUST_AFTER_MIDNIGHT)).toBe('24 november 2026 om 00:30');
    expect(formatMoment('en', JUST_AFTER_MIDNIGHT)).toBe('24 November 2026 at 00:30');
  });

  it('reads the ISO text the store and the API carry the same as the Date', () => {
    expect(formatMoment('nl', '2026-11-30T12:07:55.000Z')).toBe('30 november 2026 om 13:07');
    expect(formatMoment('en', '2026-07-01T12:07:55.000Z')).toBe('1 July 2026 at 14:07');
  });

  it('gives both languages at once for a message rendered later', () => {
    expect(momentText('2026-11-30T12:07:55.000Z')).toEqual({
      nl: '30 november 2026 om 13:07',
      en: '30 November 2026 at 13:07',
    });
  });
});

describe('listedMoments', () => {
  const list = ['2026-11-30T12:07:12.000Z', '2026-11-30T12:07:48.000Z', '2026-11-30T12:09:05.000Z'];

  it('writes two moments in the same minute to the second, so no two rows read alike', () => {
    const nlWhen = listedMoments('nl', list);
    expect(list.map(nlWhen)).toEqual([
      '30 november 2026 om 13:07:12',
      '30 november 2026 om 13:07:48',
      '30 november 2026 om 13:09',
    ]);
    expect(listedMoments('en', list)(list[1]!)).toBe('30 November 2026 at 13:07:48');
  });

  it('keeps every moment to the minute when no two share one', () => {
    const when = listedMoments('nl', [list[0]!, list[2]!]);
    expect(when(list[0]!)).toBe(formatMoment('nl', list[0]!));
  });
});

describe('formatDay', () => {
  it("writes the local calendar day, not UTC's", () => {
    expect(formatDay('nl', JUST_AFTER_MIDNIGHT)).toBe('24 november 2026');
    expect(formatDay('en', JUST_AFTER_MIDNIGHT)).toBe('24 November 2026');
  });
});

describe('formatCalendarDay', () => {
  it('writes a stored day (an assessment date) the long way, as that very day', () => {
    expect(formatCalendarDay('nl', '2024-03-01')).toBe('1 maart 2024');
    expect(calendarDayText('2023-11-22')).toEqual({ nl: '22 november 2023', en: '22 November 2023' });
  });

  it('shows anything that is not a day as it is', () => {
    expect(formatCalendarDay('nl', '')).toBe('');
    expect(formatCalendarDay('en', 'gisteren')).toBe('gisteren');
  });
});
