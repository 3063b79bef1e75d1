import { describe, expect, it } from 'vitest';
import { withSyllableBreaks } from '../../../renderer/print/syllableBreaks.js';

/** The soft hyphens shown as "-", so the expectations read as a dictionary writes them. */
function shown(text: string): string {
  return withSyllableBreaks(text).replaceAll('\u00ad', '·');
}

describe('withSyllableBreaks: where a long word on paper may break', () => {
  it('breaks long Dutch words between their syllables, leaving at least three letters on either side', () => {
    expect(shown('Schimmelpenninck')).toBe('Schim·mel·pen·ninck');
    expect(shown('Wijkverpleegkundige')).toBe('Wijk·ver·pleeg·kun·dige');
    expect(shown('Ondersteuningsplan')).toBe('Onder·steu·nings·plan');
    expect(shown('Maatschappelijk')).toBe('Maat·schap·pe·lijk');
    expect(shown('Jeugdgezondheidszorg')).toBe('Jeugd·ge·zond·heids·zorg');
    expect(shown('Vrijwilligerscentrale')).toBe('Vrij·wil·li·gers·cen·trale');
  });

  it('keeps each part of a hyphenated name, and leaves short words and everything else as typed', () => {
    expect(shown('van den Berg-Oude Wesselink-Schimmelpenninck van der Oye')).toBe(
      'van den Berg-Oude Wesselink-Schim·mel·pen·ninck van der Oye',
    );
    expect(shown('Maria Theresia Johanna, Medewerker 10, Wijkgerichte')).toBe(
      'Maria Theresia Johanna, Medewerker 10, Wijkgerichte',
    );
    expect(shown('Thuiszorg De Vecht, afdeling Zwolle-Noord (12)')).toBe(
      'Thuiszorg De Vecht, afdeling Zwolle-Noord (12)',
    );
  });

  it('only adds soft hyphens: without them the text is exactly what was typed', () => {
    const text = 'Ingrid Ødegaard – Wijkverpleegkundige, Thuiszorg De Vecht · Mehmet Yıldız';
    expect(withSyllableBreaks(text).replaceAll('\u00ad', '')).toBe(text);
  });
});
