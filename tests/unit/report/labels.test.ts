import { describe, expect, it } from 'vitest';
import { LABELS, label } from '../../../scripts/report/labels.js';

describe('report labels', () => {
  it('fill values and pick singular or plural by count, in both languages', () => {
    expect(label('shortfall', 'nl', { n: 1 })).toBe('tekort 1 niveau');
    expect(label('shortfall', 'nl', { n: 3 })).toBe('tekort 3 niveaus');
    expect(label('departureHarmless', 'en', { count: 0 })).toBe('No effect on coverage: 0 members');
    expect(label('departureLoss', 'nl', { name: 'Noor', lost: 2, before: '95%', after: '85%' })).toBe(
      'Noor: 2 eisen gaan achteruit, teamdekking 95% → 85%',
    );
  });

  it('have a Dutch and an English text for every key, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)[}|]/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(LABELS)) {
      expect(text.nl.length, key).toBeGreaterThan(0);
      expect(placeholders(text.en), key).toEqual(placeholders(text.nl));
    }
  });
});
