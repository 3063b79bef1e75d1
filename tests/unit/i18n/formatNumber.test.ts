import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../shared/i18n/translator.js';

const VALUES = [0, -0, 1, 1.5, 1.25, 1.35, -2.75, 1234.5, 1e6, 1e21, 0.04, Number.NaN, Infinity, -Infinity];
const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

describe('formatNumber keeps what it wrote', () => {
  it('writes every number as Intl does, the first time and from memory, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      const intl = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 });
      // Twice over, and -0 after 0 and 0 after -0: a value read from memory must still be its own.
      for (const value of [...VALUES, ...VALUES.slice().reverse()]) {
        expect(formatNumber(lang, value), `${lang} ${value}`).toBe(intl.format(value));
      }
    }
    expect(formatNumber('nl', 1.5)).toBe('1,5');
    expect(formatNumber('en', 1.5)).toBe('1.5');
  });

  it('stays right after its memory was emptied for growing too large', () => {
    for (let i = 0; i < 2500; i += 1) formatNumber('en', i + 0.5);
    expect(formatNumber('en', 7.5)).toBe('7.5');
    expect(formatNumber('en', 2499.5)).toBe('2,499.5');
  });
});
