import fc from 'fast-check';
import type { DevelopmentTeam } from '../../../shared/development/context.js';
import { fn, needs, person, plan, team } from '../engine/fixtures.js';

/**
 * Small random teams for the development plan's properties: a few people, two or three
 * functions asking for three competencies and one function-scope vakkennis at random
 * levels and numbers of people, so there are missing, partial and thin rows and people
 * one level short. Optionally a second team sharing two people, as in "all teams".
 */
const KEYS = ['empathy', 'cooperation', 'flexibility'] as const;

const ratingsArb = fc.record({ empathy: fc.nat(4), cooperation: fc.nat(4), flexibility: fc.nat(4) });
const personArb = fc.record({
  ratings: ratingsArb,
  debt: fc.nat(4),
  assessed: fc.constantFrom<string | null>('2026-06-01', '2024-01-01', null),
});
const requirementArb = fc.tuple(
  fc.constantFrom(...KEYS),
  fc.integer({ min: 1, max: 4 }),
  fc.integer({ min: 1, max: 3 }),
);
const functionArb = fc.record({
  requirements: fc.uniqueArray(requirementArb, { minLength: 1, maxLength: 3, selector: (r) => r[0] }),
  debt: fc.option(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 2 })), { nil: null }),
});

function teamArb(prefix: string, shared: readonly string[]) {
  return fc
    .record({
      people: fc.array(personArb, { minLength: 2, maxLength: 5 }),
      functions: fc.array(functionArb, { minLength: 1, maxLength: 3 }),
      seats: fc.array(fc.tuple(fc.nat(20), fc.nat(20)), { minLength: 2, maxLength: 10 }),
    })
    .map(({ people, functions, seats }) => ({ prefix, shared, people, functions, seats }));
}

type TeamDraft = ReturnType<typeof teamArb> extends fc.Arbitrary<infer T> ? T : never;

function build(draft: TeamDraft, sharedPeople: ReturnType<typeof person>[]): DevelopmentTeam {
  const own = draft.people.map((p, i) =>
    person(`${draft.prefix}p${i}`, p.ratings, {
      expertise: p.debt > 0 ? [{ key: 'debt', level: p.debt, assessedOn: null }] : [],
      assessedOn: p.assessed,
    }),
  );
  const professionals = [...own, ...sharedPeople];
  const functions = draft.functions.map((f, i) =>
    fn(
      `${draft.prefix}f${i}`,
      f.requirements.map(([key, level, minPeople]) => [key, level, minPeople] as [string, number, number]),
      { expertise: f.debt ? [needs('debt', f.debt[0], f.debt[1], 'function')] : [] },
    ),
  );
  const pairs = new Set<string>();
  const assignments: [string, string][] = [];
  for (const [p, f] of draft.seats) {
    const who = professionals[p % professionals.length]!.id;
    const where = functions[f % functions.length]!.id;
    if (pairs.has(`${who}/${where}`)) continue;
    pairs.add(`${who}/${where}`);
    assignments.push([who, where]);
  }
  const id = `${draft.prefix}team`;
  return {
    teamId: id,
    teamName: `Team ${draft.prefix}`,
    plan: plan({ team: team({ id, name: `Team ${draft.prefix}` }), functions, professionals, assignments }),
  };
}

/** One random team. */
export const oneTeamArb: fc.Arbitrary<DevelopmentTeam[]> = teamArb('a', []).map((draft) => [build(draft, [])]);

/** One or two random teams; the second shares the first team's first two people. */
export const teamsArb: fc.Arbitrary<DevelopmentTeam[]> = fc
  .tuple(teamArb('a', []), fc.option(teamArb('b', []), { nil: null }))
  .map(([a, b]) => {
    const first = build(a, []);
    if (!b) return [first];
    return [first, build(b, first.plan.professionals.slice(0, 2))];
  });

export const rulesArb = fc.record({
  maxStepsPerPerson: fc.integer({ min: 1, max: 2 }),
  assessedWithinMonths: fc.constantFrom<number | null>(null, 12),
  excludedIds: fc.constantFrom<string[]>([], ['ap0'], ['ap1', 'bp0']),
  onlyPersonId: fc.constantFrom<string | null>(null, null, 'ap0'),
});

export const TODAY = '2026-11-29';
