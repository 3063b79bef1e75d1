import fc from 'fast-check';
import { BUILT_IN_COMPETENCY_KEYS } from '../../../shared/catalogue/competencies.js';
import type { TeamPlan } from '../../../shared/plan/planSchema.js';
import { fn, holds, needs, person, team } from './fixtures.js';

/**
 * Random but valid team plans for property tests: up to 8 professionals and 6 functions
 * (some in the shell), requirements on distinct competencies, ratings that may be
 * missing, and distinct (professional, function) assignments. Small on purpose: the
 * properties are about structure, and shrinking stays readable.
 */
const level = fc.integer({ min: 0, max: 4 });
const competency = fc.constantFrom(...BUILT_IN_COMPETENCY_KEYS);
const EXPERTISE_KEYS = ['youth', 'debt', 'mentalHealth', 'crisis'] as const;
/** Expertise a function asks for: key, level, people and scope (both scopes, so both meanings are exercised). */
const expertiseNeeded = fc.uniqueArray(
  fc.tuple(
    fc.constantFrom(...EXPERTISE_KEYS),
    level,
    fc.integer({ min: 1, max: 2 }),
    fc.constantFrom('team', 'function' as const),
  ),
  { maxLength: 2, selector: ([key]) => key },
);
/** Expertise a person brings, at a level of 1-4. */
const expertiseHeld = fc.uniqueArray(fc.tuple(fc.constantFrom(...EXPERTISE_KEYS), fc.integer({ min: 1, max: 4 })), {
  maxLength: 2,
  selector: ([key]) => key,
});

const functionArb = fc.record({
  requirements: fc.uniqueArray(fc.tuple(competency, level, fc.integer({ min: 1, max: 3 })), {
    maxLength: 5,
    selector: ([c]) => c,
  }),
  shell: fc.boolean(),
  hours: fc.integer({ min: 0, max: 40 }),
  expertise: expertiseNeeded,
});

const professionalArb = fc.record({
  ratings: fc.dictionary(competency, level, { maxKeys: 12 }),
  contractHours: fc.integer({ min: 0, max: 40 }),
  hierarchical: fc.boolean(),
  expertise: expertiseHeld,
});

export const planArb: fc.Arbitrary<TeamPlan> = fc
  .record({
    functions: fc.array(functionArb, { maxLength: 6 }),
    professionals: fc.array(professionalArb, { maxLength: 8 }),
    pairs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 24 })), { maxLength: 30 }),
    model: fc.constantFrom('A1', 'A2', 'domain', 'targetGroup' as const),
  })
  .map(({ functions, professionals, pairs, model }) => {
    const fns = functions.map((f, i) =>
      fn(`f${i}`, f.requirements, {
        placement: f.shell ? 'shell' : 'team',
        hoursRequired: f.hours,
        expertise: f.expertise.map(([key, at, people, scope]) => needs(key, at, people, scope)),
      }),
    );
    const people = professionals.map((p, i) =>
      person(`p${i}`, p.ratings, {
        contractHours: p.contractHours,
        binding: p.hierarchical ? 'hierarchical' : 'functional',
        expertise: holds(...p.expertise.map(([key, at]) => `${key}:${at}`)),
      }),
    );
    const seen = new Set<string>();
    const assignments: TeamPlan['assignments'] = [];
    if (fns.length > 0 && people.length > 0) {
      for (const [p, f, hours] of pairs) {
        const professionalId = `p${p % people.length}`;
        const functionId = `f${f % fns.length}`;
        const key = `${professionalId}/${functionId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        assignments.push({ professionalId, functionId, hours });
      }
    }
    return {
      format: 'wijkteam-plan',
      version: 2,
      competencies: [],
      teamRoles: [],
      team: team({ model }),
      functions: fns,
      professionals: people,
      assignments,
    } satisfies TeamPlan;
  });

/** A plan together with a (professional, function) pair that is not assigned yet, when one exists. */
export interface PlanWithFreePair {
  plan: TeamPlan;
  pair: [string, string] | null;
}

export const planWithFreePairArb: fc.Arbitrary<PlanWithFreePair> = planArb.chain(
  (plan): fc.Arbitrary<PlanWithFreePair> => {
    const free: [string, string][] = [];
    for (const p of plan.professionals) {
      for (const f of plan.functions) {
        if (!plan.assignments.some((a) => a.professionalId === p.id && a.functionId === f.id)) free.push([p.id, f.id]);
      }
    }
    return free.length === 0
      ? fc.constant({ plan, pair: null })
      : fc.constantFrom(...free).map((pair) => ({ plan, pair }));
  },
);
