import { describe, expect, it } from 'vitest';
import { monthsBefore } from '../../../../shared/engine/advice/peopleRules.js';
import { fn, person, plan } from '../fixtures.js';
import { adviceFor } from './adviceTestKit.js';
import { en, nl } from '../../../support/inLanguage.js';

describe('over-allocated', () => {
  it('warns about each person with more assigned hours than contract hours, naming both', () => {
    const p = plan({
      functions: [fn('f'), fn('g')],
      professionals: [person('a', {}, { name: 'Lisa', contractHours: 24 }), person('b', {}, { contractHours: 24 })],
      assignments: [
        ['a', 'f', 16],
        ['a', 'g', 12],
        ['b', 'f', 24],
      ],
    });
    const advice = adviceFor('over-allocated', p);
    expect(advice).toHaveLength(1);
    expect(advice[0]).toMatchObject({ severity: 'warning', subject: { kind: 'professional', id: 'a' } });
    expect(nl(advice[0]!.message)).toContain('Lisa is voor 28 uur ingezet, maar heeft een contract van 24 uur');
  });
});

describe('assessment-missing', () => {
  it('notes members who were never assessed, not people in the pool', () => {
    const p = plan({
      functions: [fn('f')],
      professionals: [person('a', {}, { assessedOn: null }), person('pool', {}, { assessedOn: null }), person('b')],
      assignments: [
        ['a', 'f'],
        ['b', 'f'],
      ],
    });
    expect(adviceFor('assessment-missing', p).map((a) => a.subject?.id)).toEqual(['a']);
  });
});

describe('assessment-outdated', () => {
  const p = plan({
    functions: [fn('f')],
    professionals: [
      person('old', {}, { assessedOn: '2023-11-22' }),
      person('recent', {}, { assessedOn: '2023-11-23' }),
    ],
    assignments: [
      ['old', 'f'],
      ['recent', 'f'],
    ],
  });

  it('notes members assessed more than 24 months before the given day', () => {
    const advice = adviceFor('assessment-outdated', p, '2025-11-23');
    expect(advice.map((a) => a.subject?.id)).toEqual(['old']);
    // The day the long way, as every screen writes a date (shared/i18n/dateText.ts).
    expect(nl(advice[0]!.message)).toContain('De beoordeling van Persoon old is van 22 november 2023,');
    expect(en(advice[0]!.message)).toContain('22 November 2023');
  });

  it('never reads the clock: without a day it stays silent', () => {
    expect(adviceFor('assessment-outdated', p)).toEqual([]);
  });

  it('computes the cut-off date by calendar months, across year boundaries', () => {
    expect(monthsBefore('2025-11-23', 24)).toBe('2023-11-23');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-31');
    // "2026-02-31" sorts after every real February date and before March.
    expect('2026-02-28' < monthsBefore('2026-03-31', 1)).toBe(true);
    expect('2026-03-01' < monthsBefore('2026-03-31', 1)).toBe(false);
  });
});
