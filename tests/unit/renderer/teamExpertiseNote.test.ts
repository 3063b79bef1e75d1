import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/engine/index.js';
import { teamExpertiseShort } from '../../../renderer/board/teamExpertiseNote.js';
import { fn, holds, needs, person, plan } from '../engine/fixtures.js';

const expertiseOf = (asked: ReturnType<typeof needs>, expertise: string[]) =>
  computeCoverage(
    plan({
      functions: [fn('wijk', [['empathy', 2]], { expertise: [asked] })],
      professionals: [person('a', { empathy: 3 }, { expertise: holds(...expertise) })],
      assignments: [['a', 'wijk', 16]],
    }),
  );

/** The board's Vakkennis list says team-wide vakkennis is not in the percentage when some of it is short. */
describe('the note under the board’s Vakkennis list', () => {
  it('is there when vakkennis the whole team must have is missing, while the percentage is 100%', () => {
    const report = expertiseOf(needs('crisis', 3, 1, 'team'), []);
    expect(report.teamCoverage).toBe(1);
    expect(teamExpertiseShort(report.expertise)).toBe(true);
  });

  it('is there when fewer members hold it than the team is asked to have', () => {
    expect(teamExpertiseShort(expertiseOf(needs('crisis', 3, 2, 'team'), ['crisis:3']).expertise)).toBe(true);
  });

  it('is not there when the team holds it', () => {
    expect(teamExpertiseShort(expertiseOf(needs('crisis', 3, 1, 'team'), ['crisis:3']).expertise)).toBe(false);
  });

  it('is not there for vakkennis a function asks of its own members, which the percentage counts', () => {
    const report = expertiseOf(needs('crisis', 3, 1, 'function'), []);
    expect(report.teamCoverage).toBeLessThan(1);
    expect(teamExpertiseShort(report.expertise)).toBe(false);
  });
});
