import { describe, expect, it } from 'vitest';
import { numberInputText, readNumberInput, type NumberRule } from '../../../shared/i18n/numberInput.js';
import { translator } from '../../../shared/i18n/translator.js';

const HOURS: NumberRule = { min: 0.5, max: 60 };

/** The reading as a number, or the refusal as the person reads it in `lang`. */
function read(text: string, rule: NumberRule, lang: 'nl' | 'en' = 'nl'): number | null | string {
  const reading = readNumberInput(text, rule);
  return reading.ok ? reading.value : translator(lang).render(reading.problem);
}

describe('readNumberInput: what a typed number means, whatever the languages', () => {
  it('reads both "," and "." as the decimal separator (a numeric keypad types a point)', () => {
    expect(read('7,5', HOURS)).toBe(7.5);
    expect(read('7.5', HOURS)).toBe(7.5);
    expect(read(' 7,25 ', HOURS)).toBe(7.25);
    expect(read('8', HOURS)).toBe(8);
    expect(read('8,', HOURS)).toBe(8);
    expect(read(',5', HOURS)).toBe(0.5);
  });

  it('refuses a number above the maximum, with the maximum in the language, instead of clamping it', () => {
    expect(read('75', HOURS, 'nl')).toBe('Dat is meer dan 60. Vul hoogstens 60 in.');
    expect(read('75', HOURS, 'en')).toBe('That is more than 60. Enter at most 60.');
    expect(read('60', HOURS)).toBe(60);
    expect(read('0,25', HOURS, 'nl')).toBe('Dat is minder dan 0,5. Vul minstens 0,5 in.');
    expect(read('0.25', HOURS, 'en')).toBe('That is less than 0.5. Enter at least 0.5.');
  });

  it('refuses what could be a thousands separator rather than guessing', () => {
    const rule: NumberRule = { min: 0, max: 5000 };
    expect(read('1.000', rule, 'nl')).toBe('Typ een getal, bijvoorbeeld 7,5.');
    expect(read('1,000', rule, 'en')).toBe('Type a number, for example 7.5.');
    expect(read('1.000,5', rule)).toEqual(expect.any(String));
  });

  it('reads a negative number as a number below the range, with the range reason (not "type a number")', () => {
    const contract: NumberRule = { min: 0, max: 60 };
    expect(read('-3', contract, 'nl')).toBe('Dat is minder dan 0. Vul minstens 0 in.');
    expect(read('-3', contract, 'en')).toBe('That is less than 0. Enter at least 0.');
    expect(read('-7,5', HOURS, 'nl')).toBe('Dat is minder dan 0,5. Vul minstens 0,5 in.');
    expect(read('-2', { min: 1, max: 500, whole: true }, 'nl')).toBe('Dat is minder dan 1. Vul minstens 1 in.');
    expect(read('-0', contract)).toBe(0);
  });

  it('refuses text, a plus sign and, in a field of whole numbers, decimals', () => {
    for (const text of ['abc', '-', '--3', '3-', '+3', '.', '7,5,0', '7 uur', '1e3']) {
      expect(read(text, HOURS), text).toEqual(expect.stringContaining('Typ een getal'));
    }
    const people: NumberRule = { min: 1, max: 500, whole: true };
    expect(read('12', people)).toBe(12);
    expect(read('12,5', people)).toBe('Typ een heel getal, zonder komma of punt.');
    expect(read('12.5', people, 'en')).toBe('Type a whole number, without a decimal point or comma.');
  });

  it('reads an empty field as "not set" only where that is allowed', () => {
    expect(read('', { min: 0, optional: true })).toBeNull();
    expect(read('  ', HOURS, 'nl')).toBe('Vul een getal in van 0,5 tot en met 60.');
    expect(read('', { min: 1 }, 'en')).toBe('Enter a number of at least 1.');
  });
});

describe('numberInputText: a number as the field shows it', () => {
  it('writes the app language, not the browser language, and never a thousands separator', () => {
    expect(numberInputText('nl', 9.5)).toBe('9,5');
    expect(numberInputText('en', 9.5)).toBe('9.5');
    expect(numberInputText('nl', 1234.5)).toBe('1234,5');
    expect(numberInputText('en', 1234.5)).toBe('1234.5');
  });

  it('reads back as the same number in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const value of [0, 0.5, 7.25, 32.5, 1000]) {
        expect(readNumberInput(numberInputText(lang, value), { min: 0, max: 1000 })).toEqual({ ok: true, value });
      }
    }
  });
});
