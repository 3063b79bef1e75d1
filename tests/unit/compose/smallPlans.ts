import fc from 'fast-check';
import type { ComposeLimits } from '../../../shared/compose/options.js';
import { teamPlanSchema, type TeamPlan } from '../../../shared/plan/planSchema.js';
import { fn, person, plan, team } from '../engine/fixtures.js';

/**
 * Tiny random plans (at most 4 people and 2 functions): small enough for the brute force.
 * Functions may ask vakkennis of their own members or of the whole team, and people bring
 * it at levels, so the composer's expertise constraints meet the brute force too.
 */
const COMPETENCIES = ['empathy', 'cooperation', 'networking'];
const EXPERTISE = ['youth', 'debt'];
const ORGANISATIONS = ['Welzijn', 'Thuiszorg'];
const DISCIPLINES = ['socialWorker', 'districtNurse'];

export const smallPlan: fc.Arbitrary<TeamPlan> = fc
  .record({
    functions: fc.array(
      fc.record({
        hoursRequired: fc.integer({ min: 0, max: 8 }).map((n) => n * 2),
        requirements: fc.uniqueArray(
          fc.record({
            competency: fc.constantFrom(...COMPETENCIES),
            level: fc.integer({ min: 1, max: 4 }),
            minPeople: fc.integer({ min: 1, max: 2 }),
          }),
          {
            minLength: 1,
            maxLength: 2,
            selector: (r) => r.competency,
          },
        ),
        shell: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
        expertise: fc.uniqueArray(
          fc.record({
            expertise: fc.constantFrom(...EXPERTISE),
            level: fc.integer({ min: 1, max: 4 }),
            minPeople: fc.integer({ min: 1, max: 2 }),
            scope: fc.constantFrom('function', 'team' as const),
          }),
          { maxLength: 1, selector: (e) => e.expertise },
        ),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    people: fc.array(
      fc.record({
        ratings: fc.tuple(...COMPETENCIES.map(() => fc.integer({ min: 0, max: 4 }))),
        contractHours: fc.integer({ min: 1, max: 8 }).map((n) => n * 2),
        organisation: fc.constantFrom(...ORGANISATIONS),
        discipline: fc.constantFrom(...DISCIPLINES),
        expertise: fc.uniqueArray(
          fc.record({ key: fc.constantFrom(...EXPERTISE), level: fc.integer({ min: 1, max: 4 }) }),
          { maxLength: 2, selector: (e) => e.key },
        ),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ functions, people }) =>
    teamPlanSchema.parse({
      format: 'wijkteam-plan',
      version: 2,
      team: team(),
      functions: functions.map((f, i) => ({
        id: `f${i}`,
        templateKey: null,
        name: `Functie ${i}`,
        placement: f.shell ? 'shell' : 'team',
        hoursRequired: f.hoursRequired,
        requirements: f.requirements,
        expertise: f.expertise,
      })),
      professionals: people.map((p, i) => ({
        id: `p${i}`,
        name: `Persoon ${i}`,
        discipline: p.discipline,
        organisation: p.organisation,
        binding: 'functional',
        contractHours: p.contractHours,
        ratings: Object.fromEntries(COMPETENCIES.map((c, j) => [c, p.ratings[j]])),
        expertise: p.expertise.map((e) => ({ ...e, assessedOn: null })),
        assessedOn: null,
      })),
      assignments: [],
    }),
  );

/** Each optional limit alone, and none: properties that must hold with every limit too. */
export const someLimits = fc.constantFrom<ComposeLimits>(
  {},
  { maxTeamSize: 2 },
  { maxOrganisationShare: 0.5 },
  { requiredDisciplines: ['districtNurse'] },
);

/**
 * Set cover where the greedy first pick is wrong: G covers four of six requirements, A
 * and B three each and together all six. Greedy takes G and then still needs A and B.
 */
export function greedyTrap(): TeamPlan {
  const six = ['empathy', 'cooperation', 'networking', 'flexibility', 'persuasion', 'daring'] as const;
  const rated = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 3]));
  return plan({
    functions: [
      fn(
        'wijk',
        six.map((c) => [c, 3] as [string, number]),
        { hoursRequired: 8 },
      ),
    ],
    professionals: [
      person('G', rated([six[0], six[1], six[3], six[4]])),
      person('A', rated([six[0], six[1], six[2]])),
      person('B', rated([six[3], six[4], six[5]])),
    ],
  });
}
