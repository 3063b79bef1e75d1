import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCoverage, gapKey, openGaps, whoClosesGaps } from '../../../shared/engine/index.js';
import { planArb } from './arbitraryPlan.js';

describe('openGaps', () => {
  it('lists exactly the gaps whoClosesGaps suggests for, in the same order, with their requirement', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const report = computeCoverage(plan);
        const gaps = openGaps(report);
        const suggestions = whoClosesGaps(plan, report);
        expect(gaps.map((g) => gapKey({ functionId: g.functionId, ...g.requirement }))).toEqual(
          suggestions.map(gapKey),
        );
        gaps.forEach((g, i) => expect(g.requirement.status).toBe(suggestions[i]!.status));
      }),
      { numRuns: 200 },
    );
  });
});
