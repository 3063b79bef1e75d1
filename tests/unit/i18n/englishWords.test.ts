import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/catalogue.js';

/**
 * One English word per thing (docs/ui.md, "Words"), and the advice's sources named as Team
 * design names them: an English reader must find the section the advice quotes.
 */

const english = Object.entries(CATALOGUES.en);

const SECTION_KEYS = Object.keys(CATALOGUES.en).filter(
  (key) => key.startsWith('cat.source.') && key.includes('.section.'),
);

describe('English words', () => {
  it('call a moederorganisatie a mother organisation everywhere, never a parent organisation', () => {
    const parent = english.filter(([, text]) => /parent organi[sz]ation/i.test(text)).map(([key]) => key);
    expect(parent).toEqual([]);
  });

  it('call the schil the shell, never the Dutch word', () => {
    const schil = english.filter(([, text]) => /\bschil\b/i.test(text)).map(([key]) => key);
    expect(schil).toEqual([]);
  });

  it('quote no source section in Dutch in the advice, and quote the sections by Team design’s names', () => {
    const dutchSections = SECTION_KEYS.map((key) => CATALOGUES.nl[key as keyof typeof CATALOGUES.nl]);
    const englishSections = SECTION_KEYS.map((key) => CATALOGUES.en[key as keyof typeof CATALOGUES.en]);
    const abouts = english.filter(([key]) => key.startsWith('rule.') && key.endsWith('.about'));
    expect(abouts.length).toBeGreaterThan(10);
    const dutch = abouts.filter(
      ([, text]) =>
        dutchSections.some((name) => text.includes(name.split(':')[0]!)) ||
        /Voor- en nadelen|blijft te lang hangen/.test(text),
    );
    expect(dutch.map(([key]) => key)).toEqual([]);
    expect(abouts.some(([, text]) => text.includes(`‘${englishSections.find((n) => n.includes('model A1'))}’`))).toBe(
      true,
    );
  });
});
