import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calendarDayText,
  formatCalendarDay,
  formatDay,
  formatMoment,
  listedMomentText,
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

  it('numbers moments in the same second in the order they were made, whatever the order of the list', () => {
    // The start backup and two made by hand, all in 13:07:42, and one of them in the same minute.
    const start = '2026-11-30T12:07:42.015Z';
    const first = '2026-11-30T12:07:42.480Z';
    const second = '2026-11-30T12:07:42.913Z';
    const newestFirst = [second, first, start, list[1]!];
    const nlWhen = listedMoments('nl', newestFirst);
    expect(newestFirst.map(nlWhen)).toEqual([
      '30 november 2026 om 13:07:42 (3)',
      '30 november 2026 om 13:07:42 (2)',
      '30 november 2026 om 13:07:42 (1)',
      '30 november 2026 om 13:07:48',
    ]);
    expect(new Set(newestFirst.map(nlWhen)).size).toBe(newestFirst.length);
    expect(listedMoments('en', newestFirst)(first)).toBe('30 November 2026 at 13:07:42 (2)');
    // A Date names the same moment as its ISO text (the notice after a restore reads ISO, a screen may hold a Date).
    expect(nlWhen(new Date(first))).toBe(nlWhen(first));
  });

  it('names one moment of the list the same, asked alone (a notice naming one backup of the list)', () => {
    const moments = ['2026-11-30T12:07:42.100Z', '2026-11-30T12:07:42.200Z'];
    expect(listedMoments('nl', moments)(moments[1]!)).toBe('30 november 2026 om 13:07:42 (2)');
    // Without the other one in the list it is the only one in its minute again.
    expect(listedMoments('nl', [moments[1]!])(moments[1]!)).toBe('30 november 2026 om 13:07');
  });

  it('writes the very same instant twice alike, and a moment not in the list to the second at most', () => {
    const at = '2026-11-30T12:07:42.100Z';
    const when = listedMoments('nl', [at, at]);
    expect(when(at)).toBe('30 november 2026 om 13:07:42');
    expect(listedMoments('nl', [at, '2026-11-30T12:07:42.300Z'])('2026-11-30T12:07:42.200Z')).toBe(
      '30 november 2026 om 13:07:42',
    );
  });

  it('keeps every moment to the minute when no two share one', () => {
    const when = listedMoments('nl', [list[0]!, list[2]!]);
    expect(when(list[0]!)).toBe(formatMoment('nl', list[0]!));
  });
});

describe('listedMomentText', () => {
  it('names one moment of a list in both languages as listedMoments does (the toast after a backup by hand)', () => {
    const start = '2026-11-30T12:07:12.000Z';
    const byHand = '2026-11-30T12:07:48.000Z';
    expect(listedMomentText([byHand, start], byHand)).toEqual({
      nl: '30 november 2026 om 13:07:48',
      en: '30 November 2026 at 13:07:48',
    });
    expect(listedMomentText([byHand], byHand)).toEqual(momentText(byHand));
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
