import { describe, expect, it } from 'vitest';
import { formatTextReport } from '../../../scripts/report/textReport.js';
import { buildJsonReport } from '../../../shared/engine/index.js';
import { fn, holds, needs, person, plan } from '../engine/fixtures.js';

/** Vakkennis asked of a function's members shows in both reports beside the competencies. */
const p = plan({
  functions: [
    fn('f', [['empathy', 2]], {
      name: 'Schuldhulp',
      expertise: [needs('debt', 3, 2, 'function'), needs('youth', 2, 1, 'team')],
    }),
  ],
  professionals: [
    person('a', { empathy: 3 }, { name: 'Anna', expertise: holds('debt:3') }),
    person('b', { empathy: 3 }, { name: 'Bram', expertise: holds('debt:2') }),
    person('c', {}, { name: 'Cor', expertise: holds('debt:4') }),
  ],
  assignments: [
    ['a', 'f'],
    ['b', 'f'],
  ],
});
const json = buildJsonReport(p, { today: '2026-06-01' });

describe('reports with vakkennis requirements', () => {
  it('the JSON report lists the gap in expertiseRequirements, counts it in the coverage and names it in suggestions', () => {
    expect(json.functions[0]!.expertiseRequirements).toEqual([
      { expertise: 'debt', level: 3, minPeople: 2, qualified: 1, status: 'partial', shortfall: 0, thin: false },
    ]);
    expect(json.functions[0]!.coverage).toBe(0.5);
    expect(json.suggestions).toEqual([
      {
        functionId: 'f',
        expertise: 'debt',
        status: 'partial',
        candidates: [{ professionalId: 'c', newlyCovered: 1, hoursAvailable: 32, hasRoom: true, rating: 4 }],
      },
    ]);
    expect(json.departures[0]).toMatchObject({
      professionalId: 'a',
      lost: [{ functionId: 'f', expertise: 'debt', from: 'partial', to: 'missing' }],
    });
  });

  it('the text report shows the expertise requirement with its status word, level and people', () => {
    const out = formatTextReport(p, json, 'nl');
    expect(out).toContain('    ~ Schulden en armoede (vakkennis) ≥3 ×2: deels gedekt (1 geschikt, 2 nodig)');
    expect(out).toContain('  Schuldhulp – Schulden en armoede (vakkennis) ≥3 (deels gedekt):');
    const en = formatTextReport(p, json, 'en');
    expect(en).toContain('Debt and poverty (specialist knowledge) ≥3 ×2: partly covered');
  });
});
