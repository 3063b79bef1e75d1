import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflictSide } from '../../../db/shared/conflictSides.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break plans in ways no plan type allows
const plan = (): Record<string, any> =>
  JSON.parse(readFileSync(new URL('../../fixtures/v1/wijkteam-oost.plan.json', import.meta.url), 'utf8'));

/** The facts the conflict comparison shows of each side (ConflictCompare.tsx). */
describe('one side of a shared-database conflict', () => {
  it('counts the hours per week of all assignments, next to functions and members', () => {
    const side = conflictSide(plan());
    expect(side).toMatchObject({ readable: true, teamName: 'Wijkteam Oost', functions: 11, members: 12, hours: 250 });
  });

  it('marks a plan it cannot read as unreadable and keeps its name, rather than an empty team', () => {
    const newer = { ...plan(), version: 99 };
    expect(conflictSide(newer)).toEqual({
      readable: false,
      teamName: 'Wijkteam Oost',
      functions: 0,
      members: 0,
      memberNames: [],
      hours: 0,
    });
    expect(conflictSide({ format: 'iets anders' })).toMatchObject({ readable: false, teamName: '' });
  });
});
