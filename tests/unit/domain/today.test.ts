import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from '../../../shared/domain/today.js';

/**
 * "Today" is the user's local calendar day. Around midnight it differs from UTC's date,
 * which `toISOString()` gives: the bug the board had.
 */
const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('localToday', () => {
  it('gives the local date just after midnight in Amsterdam, when UTC is still on the day before', () => {
    process.env.TZ = 'Europe/Amsterdam';
    const justAfterMidnight = new Date('2026-11-23T23:30:00Z'); // 00:30 on 24 November in Amsterdam
    expect(justAfterMidnight.toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(localToday(justAfterMidnight)).toBe('2026-11-24');
  });

  it('gives the local date late in the evening in New York, when UTC is already on the next day', () => {
    process.env.TZ = 'America/New_York';
    const lateEvening = new Date('2026-01-01T03:00:00Z'); // 22:00 on 31 December in New York
    expect(lateEvening.toISOString().slice(0, 10)).toBe('2026-01-01');
    expect(localToday(lateEvening)).toBe('2025-12-31');
  });

  it('pads month and day and reads the clock when no date is given', () => {
    expect(localToday(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
    expect(localToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
