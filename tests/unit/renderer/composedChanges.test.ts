import { describe, expect, it } from 'vitest';
import { composedChanges, overContractKept } from '../../../renderer/compose/composedChanges.js';
import { memberShiftMessage } from '../../../renderer/scenarios/memberShiftMessage.js';
import { message } from '../../../shared/i18n/message.js';
import { translator } from '../../../shared/i18n/translator.js';
import { fn, person, plan } from '../engine/fixtures.js';

/** What "Stel samen" shows before its answer is opened: the comparison's changes, and kept members over contract. */

const current = plan({
  functions: [
    fn('zorg', [['coaching', 3, 2]], { name: 'Sociaalpedagogische zorg' }),
    fn('toegang', [['networking', 2]]),
  ],
  professionals: [
    person('ann', { coaching: 3, networking: 2 }),
    person('bob', { coaching: 3 }),
    person('cas', { networking: 1 }, { contractHours: 8 }),
    person('dirk', { networking: 2 }),
  ],
  assignments: [
    ['ann', 'zorg', 16],
    ['cas', 'toegang', 12],
  ],
});
const place = (professionalId: string, functionId: string, hours: number) => ({ professionalId, functionId, hours });

describe('composedChanges', () => {
  it('names per function who joins, leaves or gets other hours, by the scenario comparison’s rule and words', () => {
    const composed = [place('ann', 'zorg', 12), place('bob', 'zorg', 20), place('dirk', 'toegang', 8)];
    const changes = composedChanges(current, composed);
    expect(changes.map((c) => [c.functionName.nl, c.members])).toEqual([
      [
        'Sociaalpedagogische zorg',
        [
          { name: 'Persoon ann', before: 16, after: 12 },
          { name: 'Persoon bob', before: null, after: 20 },
        ],
      ],
      [
        'Functie toegang',
        [
          { name: 'Persoon cas', before: 12, after: null },
          { name: 'Persoon dirk', before: null, after: 8 },
        ],
      ],
    ]);
    const { render } = translator('nl');
    const line = (i: number, j: number) =>
      render(
        message('composeUi.changes.line', {
          function: changes[i]!.functionName,
          change: memberShiftMessage(changes[i]!.members[j]!),
        }),
      );
    expect(line(0, 0)).toBe('Sociaalpedagogische zorg: Persoon ann: 16 → 12 uur');
    expect(line(0, 1)).toBe('Sociaalpedagogische zorg: Persoon bob komt erbij, 20 uur');
    expect(line(1, 0)).toBe('Functie toegang: Persoon cas gaat eruit (12 uur)');
  });

  it('lists everyone as joining when the team starts empty (composed without keeping members)', () => {
    const empty = { ...current, assignments: [] };
    const changes = composedChanges(empty, [place('bob', 'zorg', 20), place('dirk', 'toegang', 8)]);
    expect(changes.flatMap((c) => c.members)).toEqual([
      { name: 'Persoon bob', before: null, after: 20 },
      { name: 'Persoon dirk', before: null, after: 8 },
    ]);
  });

  it('has no changes for the current team itself', () => {
    expect(composedChanges(current, current.assignments)).toEqual([]);
  });
});

describe('overContractKept', () => {
  const kept = [...current.assignments, place('dirk', 'toegang', 8)];

  it('names the kept members over contract by the board’s rule, not newcomers', () => {
    // cas: 12 hours on an 8-hour contract, kept as is; ann is within hers.
    expect(overContractKept(current, kept, {})).toEqual(['cas']);
  });

  it('counts hours in other teams, as the board does', () => {
    expect(overContractKept(current, kept, { ann: 20 })).toEqual(['ann', 'cas']);
    // A newcomer over contract with other teams' hours is no kept member: the solver chose those hours.
    expect(overContractKept(current, kept, { dirk: 30 })).toEqual(['cas']);
  });

  it('is empty when every kept member is within their contract', () => {
    const within = { ...current, assignments: [place('ann', 'zorg', 16)] };
    expect(overContractKept(within, within.assignments, {})).toEqual([]);
  });
});
