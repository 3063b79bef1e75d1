import { describe, expect, it } from 'vitest';
import { composeTeam } from '../../../node/compose/composeTeam.js';
import { greedyComposition } from '../../../shared/compose/greedy.js';
import { buildInstance } from '../../../shared/compose/instance.js';
import { composeOptions, type ComposeOptions } from '../../../shared/compose/options.js';
import { scoreOf } from '../../../shared/compose/composition.js';
import { bestAdditions } from '../../../shared/engine/suggestions/bestAdditions.js';
import { fn, person, plan } from '../engine/fixtures.js';
import { expectValid } from './checks.js';
import { greedyTrap } from './smallPlans.js';

const run = { timeLimitSeconds: 20 };

describe('compose: rules and limits', () => {
  it('needs one person fewer than greedy on a set-cover trap', async () => {
    const p = greedyTrap();
    const options = composeOptions();
    const greedy = greedyComposition(buildInstance(p, options))!;
    expect(scoreOf(p, greedy).people).toBe(3);
    // The engine's own step-by-step suggestions fall into the same trap.
    expect(new Set(bestAdditions(p, 10).map((a) => a.professionalId)).size).toBe(3);
    const result = await composeTeam(p, options, run);
    expect(result.status).toBe('optimal');
    expect(result.score.requirementsCovered).toBe(6);
    expect(result.score.people).toBe(2);
    expect(new Set(result.composition.map((a) => a.professionalId))).toEqual(new Set(['A', 'B']));
    expectValid(p, options, result);
  }, 60_000);

  const pool = () =>
    plan({
      functions: [
        fn('f1', [['empathy', 3]], { hoursRequired: 16 }),
        fn('f2', [['networking', 3]], { hoursRequired: 8 }),
      ],
      professionals: [
        person('a', { empathy: 4, networking: 4 }, { organisation: 'Welzijn', contractHours: 32 }),
        person('b', { empathy: 3 }, { organisation: 'Welzijn', contractHours: 24 }),
        person('c', { networking: 3 }, { organisation: 'Thuiszorg', contractHours: 24, discipline: 'districtNurse' }),
        person('d', {}, { organisation: 'Thuiszorg', contractHours: 8, discipline: 'youthWorker' }),
      ],
      assignments: [['d', 'f1', 6]],
    });

  async function composeWith(partial: Partial<ComposeOptions>) {
    const p = pool();
    const options = composeOptions(partial);
    const result = await composeTeam(p, options, run);
    if (result.status !== 'infeasible') expectValid(p, options, result);
    return result;
  }
  const people = (r: { composition: { professionalId: string }[] }) =>
    new Set(r.composition.map((a) => a.professionalId));

  it('uses the whole pool without --keep-members, and keeps locked assignments with their hours', async () => {
    const free = await composeWith({});
    expect(people(free)).toEqual(new Set(['a']));
    const kept = await composeWith({ locked: [{ professionalId: 'd', functionId: 'f1' }] });
    expect(kept.composition).toContainEqual({ professionalId: 'd', functionId: 'f1', hours: 6 });
    expect(kept.score.requirementsCovered).toBe(2);
  }, 60_000);

  it('never uses an excluded person', async () => {
    const result = await composeWith({ excluded: ['a'] });
    expect(people(result).has('a')).toBe(false);
    expect(result.score.requirementsCovered).toBe(2);
    expect(people(result)).toEqual(new Set(['b', 'c']));
  }, 60_000);

  it('counts hours given to other teams against the contract', async () => {
    const result = await composeWith({ hoursElsewhere: { a: 30 } });
    expect(people(result).has('a')).toBe(false);
  }, 60_000);

  it('gives every assignment at least the minimum hours', async () => {
    const result = await composeWith({ minHours: 10, excluded: ['a'] });
    for (const a of result.composition) expect(a.hours).toBeGreaterThanOrEqual(10);
  }, 60_000);

  it('keeps each optional limit', async () => {
    const size = await composeWith({ limits: { maxTeamSize: 1 } });
    expect(people(size).size).toBe(1);
    const share = await composeWith({ limits: { maxOrganisationShare: 0.5 } });
    const orgs = [...people(share)].map((id) => pool().professionals.find((x) => x.id === id)!.organisation);
    expect(orgs.filter((o) => o === 'Welzijn').length * 2).toBeLessThanOrEqual(orgs.length);
    expect(share.score.requirementsCovered).toBe(2);
    const discipline = await composeWith({ limits: { requiredDisciplines: ['youthWorker'] } });
    expect(people(discipline).has('d')).toBe(true);
  }, 120_000);

  it('names the limit that makes a request infeasible', async () => {
    const alone = await composeWith({ limits: { requiredDisciplines: ['volunteer'], maxTeamSize: 3 } });
    expect(alone.status).toBe('infeasible');
    expect(alone.infeasibleLimits).toEqual([{ kind: 'requiredDiscipline', discipline: 'volunteer' }]);
    expect(alone.infeasibleTogether).toBe(false);
    const together = await composeWith({
      limits: { maxTeamSize: 1, requiredDisciplines: ['youthWorker', 'districtNurse'] },
    });
    expect(together.status).toBe('infeasible');
    expect(together.infeasibleTogether).toBe(true);
  }, 120_000);

  it('lists requirements nobody in the pool can meet, before solving', async () => {
    const p = plan({
      functions: [
        fn('f1', [
          ['daring', 4],
          ['empathy', 2, 3],
        ]),
      ],
      professionals: [person('a', { empathy: 2 }), person('b', { empathy: 3 })],
    });
    const result = await composeTeam(p, composeOptions(), run);
    expect(result.uncoverable).toEqual([
      {
        functionId: 'f1',
        kind: 'competency',
        competency: 'daring',
        level: 4,
        minPeople: 1,
        eligible: 0,
        qualified: 0,
        teamWide: false,
      },
      {
        functionId: 'f1',
        kind: 'competency',
        competency: 'empathy',
        level: 2,
        minPeople: 3,
        eligible: 2,
        qualified: 2,
        teamWide: false,
      },
    ]);
  }, 60_000);
});

describe('compose: nothing to decide', () => {
  it('assigns nobody to shell functions, and answers an empty team when only the shell asks', async () => {
    const p = plan({
      functions: [fn('schil', [['empathy', 2]], { placement: 'shell', hoursRequired: 8 })],
      professionals: [person('a', { empathy: 4 })],
    });
    const result = await composeTeam(p, composeOptions(), run);
    expect(result.status).toBe('optimal');
    expect(result.composition).toEqual([]);
    expect(result.uncoverable).toEqual([]);
  });
});
