import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/catalogue.js';

/**
 * The planner quotes with typographic quotes, ‘so’, in both languages (docs/ui.md,
 * "Words"). A straight quote used as a quotation mark must not come back in any text.
 * An apostrophe is not a quotation mark: the Dutch one is the typographic ’ (Scenario’s),
 * so Dutch has no straight ' at all; English keeps a straight apostrophe inside or at the
 * end of a word (don't, the planner's, residents').
 */

/** A straight apostrophe that belongs to a word: between two letters, or after a plural s. */
const ENGLISH_APOSTROPHE = /(?<=\p{L})'(?=\p{L})|(?<=s)'(?=[\s.,;:)]|$)/gu;

function hasStraightQuote(text: string, lang: 'nl' | 'en'): boolean {
  const withoutApostrophes = lang === 'en' ? text.replace(ENGLISH_APOSTROPHE, '') : text;
  return /["']/.test(withoutApostrophes);
}

function straightQuotes(lang: 'nl' | 'en'): string[] {
  return Object.entries(CATALOGUES[lang])
    .filter(([, text]) => hasStraightQuote(text, lang))
    .map(([key, text]) => `${key}: ${text}`);
}

describe('quotation marks in the catalogue', () => {
  it('are typographic in every Dutch text', () => {
    expect(straightQuotes('nl')).toEqual([]);
  });

  it('are typographic in every English text, apostrophes in words aside', () => {
    expect(straightQuotes('en')).toEqual([]);
  });

  it('tell an English apostrophe from a quotation mark', () => {
    const check = (text: string): boolean => hasStraightQuote(text, 'en');
    expect(check("don't, the planner's data, residents' initiatives")).toBe(false);
    expect(check("the team 'North' exists")).toBe(true);
    expect(check("('North')")).toBe(true);
    expect(check('the team "North" exists')).toBe(true);
    expect(hasStraightQuote("auto's", 'nl')).toBe(true);
  });
});
