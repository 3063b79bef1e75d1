import { describe, expect, it } from 'vitest';
import { sharedHrInput } from '../../../db/shared/sharedHrInput.js';
import { analyseAll } from '../../../shared/hr/buildOverview.js';
import { fn, person, plan, team } from '../engine/fixtures.js';

/**
 * HR's overview of a shared database reads each published person's discipline by the
 * store's one rule, so a plan published by a planner from before that rule (an untidy
 * spelling of a catalogued discipline, an own discipline with extra spaces) is counted with
 * the people stored by it.
 */
const published = (id: string, people: [string, string][]) =>
  plan({
    team: team({ id, name: `Wijkteam ${id}` }),
    functions: [fn(`${id}-f`, [['empathy', 2]], { hoursRequired: 16 })],
    professionals: people.map(([pid, discipline]) => person(pid, { empathy: 3 }, { discipline })),
    assignments: people.map(([pid]) => [pid, `${id}-f`, 8] as [string, string, number]),
  });

describe('sharedHrInput', () => {
  const input = sharedHrInput({
    pulledAt: '2026-12-02T12:00:00.000Z',
    teams: [
      {
        teamId: 'oud',
        version: 1,
        plan: published('oud', [
          ['a', 'Maatschappelijk  Werker'],
          ['b', 'Buurtsportcoach  '],
          ['e', 'socialWorker'],
        ]),
      },
      {
        teamId: 'nieuw',
        version: 3,
        plan: published('nieuw', [
          ['c', 'socialWorker'],
          ['d', 'Buurtsportcoach'],
        ]),
      },
    ],
  });

  it('gives every published person the discipline the store would have stored', () => {
    expect(input.professionals.map((p) => [p.id, p.discipline])).toEqual([
      ['a', 'socialWorker'],
      ['b', 'Buurtsportcoach'],
      ['e', 'socialWorker'],
      ['c', 'socialWorker'],
      ['d', 'Buurtsportcoach'],
    ]);
  });

  it("counts a team's people per discipline as one discipline whatever the spelling published", () => {
    const mixes = analyseAll(input).analyses.map((a) => a.row.disciplines.map((d) => [d.key, d.people, d.hours]));
    expect(mixes).toEqual([
      [
        ['socialWorker', 2, 16],
        ['Buurtsportcoach', 1, 8],
      ],
      [
        ['Buurtsportcoach', 1, 8],
        ['socialWorker', 1, 8],
      ],
    ]);
  });
});
