import { describe, expect, it } from 'vitest';
import { statusMessage } from '../../../renderer/compose/composeWords.js';
import type { ComposeOutcome } from '../../../shared/api/composeSchemas.js';
import { provenTiersWords, stoppedTierWords } from '../../../shared/compose/tierWords.js';
import { en, nl } from '../../support/inLanguage.js';

const numbers = {
  teamCoverage: 1,
  requirementsCovered: 30,
  requirementsTotal: 30,
  people: 6,
  hoursAllocated: 180,
  hoursRequired: 164,
};

function outcome(partial: Partial<ComposeOutcome>): ComposeOutcome {
  return {
    status: 'feasible',
    objective: { name: 'people', value: 6 },
    bound: 10,
    gap: 0.34,
    stoppedAt: 'assignments',
    fromGreedy: false,
    before: numbers,
    after: numbers,
    assignments: [],
    uncoverable: [],
    uncoverableOutsideCoverage: false,
    infeasibleLimits: [],
    infeasibleTogether: false,
    wrappedUp: false,
    ...partial,
  };
}

/** Where the search stopped, and what was proven before it, in a team leader's words. */
describe('the tier where a composition stopped', () => {
  it('says that only the assignments are open when coverage, hours and people are proven', () => {
    const text = nl(statusMessage(outcome({})));
    expect(text).toBe(
      'Goed, maar de tijd was op bij het aantal toewijzingen: dat kan nog hooguit 34% beter. ' +
        'Wel bewezen optimaal: de dekking van de eisen, de open uren en het aantal mensen.',
    );
    expect(en(statusMessage(outcome({})))).toBe(
      'Good, but time ran out at the number of assignments: that can be at most 34% better. ' +
        'Proven optimal all the same: the coverage of the requirements, the open hours and the number of people.',
    );
  });

  it('names the goal the user chose, and nothing proven when the first tier was open', () => {
    const contract = outcome({ objective: { name: 'contractHours', value: 300 }, stoppedAt: 'objective', gap: null });
    expect(nl(statusMessage(contract))).toBe(
      'Goed, maar de tijd was op bij de contracturen, voordat bewezen was dat het niet beter kan. ' +
        'Wel bewezen optimaal: de dekking van de eisen en de open uren.',
    );
    expect(nl(statusMessage(outcome({ stoppedAt: 'coverage', gap: 0.05 })))).toBe(
      'Goed, maar de tijd was op bij de dekking van de eisen: dat kan nog hooguit 5% beter.',
    );
    expect(provenTiersWords('coverage', 'people')).toBeNull();
  });

  it('falls back to the plain status for a tier it does not know', () => {
    expect(stoppedTierWords('somethingNew', 'people')).toBeNull();
    expect(provenTiersWords(null, 'people')).toBeNull();
    expect(nl(statusMessage(outcome({ stoppedAt: 'somethingNew' })))).toBe(
      'Goed, maar de tijd was op: hooguit 34% van het optimum af.',
    );
  });
});
