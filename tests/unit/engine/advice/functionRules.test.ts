import { describe, expect, it } from 'vitest';
import { roundHours } from '../../../../shared/engine/advice/functionRules.js';
import { fn, person, plan } from '../fixtures.js';
import { adviceFor } from './adviceTestKit.js';
import { en, nl } from '../../../support/inLanguage.js';

describe('function-without-members', () => {
  it('is critical for each in-team function nobody fills, never for the shell', () => {
    const p = plan({
      functions: [fn('empty', [], { name: 'Casusregie' }), fn('full'), fn('shell', [], { placement: 'shell' })],
      professionals: [person('a')],
      assignments: [['a', 'full']],
    });
    const advice = adviceFor('function-without-members', p);
    expect(advice).toEqual([
      {
        rule: 'function-without-members',
        severity: 'critical',
        // An own function (no template) reads as written in both languages.
        message: {
          key: 'rule.functionWithoutMembers.text',
          params: { function: { nl: 'Casusregie', en: 'Casusregie' } },
        },
        subject: { kind: 'function', id: 'empty' },
      },
    ]);
  });
});

describe('function-short-of-hours', () => {
  it('notes a staffed in-team function with fewer hours than it needs, with the numbers', () => {
    const p = plan({
      functions: [fn('f', [], { name: 'Jeugd', hoursRequired: 32 }), fn('ok', [], { hoursRequired: 8 })],
      professionals: [person('a'), person('b')],
      assignments: [
        ['a', 'f', 20.5],
        ['b', 'ok', 8],
      ],
    });
    const [advice] = adviceFor('function-short-of-hours', p);
    expect(advice!.subject).toEqual({ kind: 'function', id: 'f' });
    expect(nl(advice!.message)).toBe('Jeugd heeft 20,5 van de 32 uur per week; er ontbreekt 11,5 uur.');
    expect(en(advice!.message)).toBe('Jeugd has 20.5 of the 32 hours per week it needs; 11.5 hours are missing.');
    expect(adviceFor('function-short-of-hours', p)).toHaveLength(1);
  });

  it('leaves empty functions to function-without-members and the shell alone', () => {
    const p = plan({
      functions: [fn('f', [], { hoursRequired: 8 }), fn('s', [], { placement: 'shell', hoursRequired: 40 })],
      professionals: [person('a')],
      assignments: [['a', 's', 2]],
    });
    expect(adviceFor('function-short-of-hours', p)).toEqual([]);
  });

  it('rounds hours to two decimals, as they are entered, so float noise never shows', () => {
    expect(roundHours(0.1 + 0.2)).toBe(0.3);
    expect(roundHours(6.25)).toBe(6.25);
    expect(roundHours(24 - 6.25 - 1.5)).toBe(16.25);
    expect(roundHours(36)).toBe(36);
  });
});
