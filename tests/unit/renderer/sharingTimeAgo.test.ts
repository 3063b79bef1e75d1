import { describe, expect, it } from 'vitest';
import { timeAgo } from '../../../renderer/sharing/timeAgo.js';
import { en, nl } from '../../support/inLanguage.js';

/** The freshness line beside data from the shared database: the unit a person would use. */
describe('timeAgo', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const before = (ms: number) => new Date(now.getTime() - ms).toISOString();

  it('says just now under a minute, then minutes, hours and days', () => {
    expect(nl(timeAgo(before(20_000), now))).toBe('zojuist');
    expect(nl(timeAgo(before(60_000), now))).toBe('1 minuut geleden');
    expect(nl(timeAgo(before(5 * 60_000), now))).toBe('5 minuten geleden');
    expect(nl(timeAgo(before(3 * 3_600_000 + 59 * 60_000), now))).toBe('3 uur geleden');
    expect(nl(timeAgo(before(8 * 86_400_000), now))).toBe('8 dagen geleden');
    expect(en(timeAgo(before(86_400_000), now))).toBe('1 day ago');
  });

  it('treats a stamp from a clock running ahead as just now, never as negative', () => {
    expect(nl(timeAgo(new Date(now.getTime() + 90_000).toISOString(), now))).toBe('zojuist');
  });
});
