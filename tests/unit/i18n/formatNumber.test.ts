import { describe, expect, it } from 'vitest';
import { fteShown } from '../../../shared/hr/fte.js';
import { readNumberInput } from '../../../shared/i18n/numberInput.js';
import { formatNumber, translator } from '../../../shared/i18n/translator.js';

const VALUES = [
  0,
  -0,
  1,
  1.5,
  1.25,
  1.35,
  6.25,
  1.005,
  2 / 3,
  -2.75,
  1234.5,
  1e6,
  1e21,
  0.04,
  Number.NaN,
  Infinity,
  -Infinity,
];
const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

describe('formatNumber keeps what it wrote', () => {
  it('writes every number as Intl does, the first time and from memory, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      const intl = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 });
      // Twice over, and -0 after 0 and 0 after -0: a value read from memory must still be its own.
      for (const value of [...VALUES, ...VALUES.slice().reverse()]) {
        expect(formatNumber(lang, value), `${lang} ${value}`).toBe(intl.format(value));
      }
    }
    expect(formatNumber('nl', 1.5)).toBe('1,5');
    expect(formatNumber('en', 1.5)).toBe('1.5');
  });

  it('writes hours as they are entered, to two decimals, as the number field reads them', () => {
    expect(formatNumber('nl', 6.25)).toBe('6,25');
    expect(formatNumber('en', 6.25)).toBe('6.25');
    expect(translator('nl').t('member.hours', { hours: 6.25 })).toBe('6,25 u');
    for (const lang of ['nl', 'en'] as const) {
      for (const hours of [0.25, 6.25, 7.5, 12.75, 32]) {
        expect(readNumberInput(formatNumber(lang, hours), { min: 0, max: 60 })).toEqual({ ok: true, value: hours });
      }
    }
  });

  it('keeps computed numbers short: fte on the screens to one decimal', () => {
    expect(fteShown(24)).toBe(0.7);
    expect(formatNumber('nl', fteShown(24))).toBe('0,7');
    expect(fteShown(20)).toBe(0.6);
  });

  it('stays right after its memory was emptied for growing too large', () => {
    for (let i = 0; i < 2500; i += 1) formatNumber('en', i + 0.5);
    expect(formatNumber('en', 7.5)).toBe('7.5');
    expect(formatNumber('en', 2499.5)).toBe('2,499.5');
  });
});
