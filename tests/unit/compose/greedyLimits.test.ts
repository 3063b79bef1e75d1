import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../shared/compose/buildModel.js';
import { scoreOf, valuesFromComposition } from '../../../shared/compose/composition.js';
import { greedyComposition } from '../../../shared/compose/greedy.js';
import { buildInstance } from '../../../shared/compose/instance.js';
import { mayJoinGrowingTeam, smallestTeamWithinShare } from '../../../shared/compose/limits.js';
import { composeOptions, type ComposeLimits } from '../../../shared/compose/options.js';
import type { TeamPlan } from '../../../shared/plan/planSchema.js';
import { randomPlan } from '../../bench/composeData.js';
import { fn, person, plan } from '../engine/fixtures.js';
import { violations } from './checks.js';

/** The greedy start for a plan and limits, with the model that must accept it. */
function greedyFor(teamPlan: TeamPlan, limits: ComposeLimits) {
  const options = composeOptions({ limits });
  const instance = buildInstance(teamPlan, options);
  const { model, layout } = buildModel(instance, options.objective, limits);
  const greedy = greedyComposition(instance, limits);
  const values = greedy ? valuesFromComposition(instance, layout, greedy, model.variables.length) : null;
  return { greedy, model, values };
}

/** Two requirements, each met by one person of its own organisation, plus a colleague of each. */
function twoOrganisations(): TeamPlan {
  return plan({
    functions: [
      fn(
        'wijk',
        [
          ['empathy', 3],
          ['daring', 3],
        ],
        { hoursRequired: 16 },
      ),
    ],
    professionals: [
      person('a1', { empathy: 3 }, { organisation: 'Welzijn' }),
      person('a2', {}, { organisation: 'Welzijn' }),
      person('b1', { daring: 3 }, { organisation: 'Thuiszorg' }),
      person('b2', {}, { organisation: 'Thuiszorg' }),
    ],
  });
}

describe('compose: the greedy start under a maximum organisation share', () => {
  it('builds a team when every person has an organisation (a share below 1 no longer refuses the first member)', () => {
    const teamPlan = twoOrganisations();
    const { greedy, model, values } = greedyFor(teamPlan, { maxOrganisationShare: 0.5 });
    expect(greedy).not.toBeNull();
    expect(scoreOf(teamPlan, greedy!).requirementsCovered).toBe(2);
    expect(violations(model, values!)).toEqual([]);
  });

  it('dilutes a share that the coverage steps left too high, and the model accepts the result', () => {
    // Only Welzijn people qualify; the share of one third needs two people from elsewhere.
    const teamPlan = plan({
      functions: [fn('wijk', [['empathy', 3]], { hoursRequired: 8 })],
      professionals: [
        person('a1', { empathy: 3 }, { organisation: 'Welzijn' }),
        person('b1', {}, { organisation: 'Thuiszorg' }),
        person('c1', {}, { organisation: 'Gemeente' }),
      ],
    });
    const { greedy, model, values } = greedyFor(teamPlan, { maxOrganisationShare: 1 / 3 });
    expect(greedy).not.toBeNull();
    expect(new Set(greedy!.map((a) => a.professionalId))).toEqual(new Set(['a1', 'b1', 'c1']));
    expect(violations(model, values!)).toEqual([]);
  });

  it('leaves out whoever brings a share that no team in the pool can dilute', () => {
    const teamPlan = plan({
      functions: [fn('wijk', [['empathy', 3]], { hoursRequired: 8 })],
      professionals: [
        person('a1', { empathy: 3 }, { organisation: 'Welzijn' }),
        person('b1', {}, { organisation: 'Thuiszorg' }),
      ],
    });
    // a1 needs a team of four to stay within 0.3 and b1 one of four too; the pool has two.
    const { greedy, model, values } = greedyFor(teamPlan, { maxOrganisationShare: 0.3 });
    expect(greedy).toEqual([]);
    expect(violations(model, values!)).toEqual([]);
  });

  for (const [seed, share] of [
    [1, 0.5],
    [2, 0.3],
    [3, 0.25],
  ] as const) {
    it(`covers as much as without the limit on a bench pool, within the share (seed ${seed}, share ${share})`, () => {
      const teamPlan = randomPlan(seed, 60, 8);
      const free = greedyFor(teamPlan, {});
      const { greedy, model, values } = greedyFor(teamPlan, { maxOrganisationShare: share });
      expect(greedy).not.toBeNull();
      expect(violations(model, values!)).toEqual([]);
      expect(scoreOf(teamPlan, greedy!).requirementsCovered).toBe(scoreOf(teamPlan, free.greedy!).requirementsCovered);
    });
  }
});

describe('compose: judging the share of a team still growing', () => {
  const organisationOf = (p: number) => ['A', 'A', 'B', ''][p]!;

  it('is the smallest team size at which every organisation is within the share', () => {
    expect(smallestTeamWithinShare(new Map([['A', 2]]), 2, 0.5)).toBe(4);
    expect(smallestTeamWithinShare(new Map([['A', 2]]), 5, 0.5)).toBe(5);
    expect(smallestTeamWithinShare(new Map([['A', 2]]), 2, 0.4)).toBe(5);
    expect(smallestTeamWithinShare(new Map([['A', 1]]), 1, 0)).toBe(Infinity);
  });

  it('lets the first member of an organisation join, unless the team size or the pool cannot dilute it', () => {
    const empty = { members: new Set<number>(), byOrganisation: new Map<string, number>() };
    expect(mayJoinGrowingTeam(0, empty, organisationOf, { maxOrganisationShare: 0.5 }, 4)).toBe(true);
    expect(mayJoinGrowingTeam(0, empty, organisationOf, { maxOrganisationShare: 0.5, maxTeamSize: 1 }, 4)).toBe(false);
    expect(mayJoinGrowingTeam(0, empty, organisationOf, { maxOrganisationShare: 0.2 }, 4)).toBe(false);
    const oneA = { members: new Set([0]), byOrganisation: new Map([['A', 1]]) };
    // A second A needs a team of four at a share of one half: the pool of four allows it, three does not.
    expect(mayJoinGrowingTeam(1, oneA, organisationOf, { maxOrganisationShare: 0.5 }, 4)).toBe(true);
    expect(mayJoinGrowingTeam(1, oneA, organisationOf, { maxOrganisationShare: 0.5 }, 3)).toBe(false);
  });
});
