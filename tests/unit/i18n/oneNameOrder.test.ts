import { describe, expect, it } from 'vitest';
import { productSources } from './sourceFiles.js';

/**
 * Names a person reads (people, teams, scenarios, areas, organisations) are ordered one way
 * on every screen: `dutchOrder`, with numbers by their value. The board once kept a
 * collator of its own, which put "Medewerker 10" before "Medewerker 2" in the pool where
 * the professionals list and HR put it after. This guard keeps other collators out.
 */
const THE_ORDER = 'shared/hr/dutchOrder.ts';

describe('one order for names', () => {
  it('has no Intl.Collator or Dutch localeCompare outside dutchOrder', () => {
    const offenders = productSources()
      .filter((file) => file.path !== THE_ORDER)
      .filter((file) => /Intl\.Collator|localeCompare\([^)]*'nl'/.test(file.text))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });
});
