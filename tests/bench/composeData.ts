import { BUILT_IN_COMPETENCY_KEYS } from '../../shared/catalogue/competencies.js';
import { DISCIPLINE_KEYS } from '../../shared/catalogue/disciplines.js';
import { teamPlanSchema, type TeamPlan } from '../../shared/plan/planSchema.js';

/**
 * Seeded random team plans for the compose bench and the compose CLI test: a pool of
 * professionals with skewed ratings (most people competent at a few things, few experts)
 * and in-team functions with four requirements each. Same seed, same plan.
 */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORGANISATIONS = ['Welzijn Oost', 'Thuiszorg Oost', 'Gemeente', 'Jeugdzorg Regio', 'GGZ Centrum'];

export function randomPlan(seed: number, poolSize: number, functionCount: number): TeamPlan {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const competencies = BUILT_IN_COMPETENCY_KEYS;
  const functions = Array.from({ length: functionCount }, (_, f) => {
    const keys = [...competencies].sort(() => random() - 0.5).slice(0, 4);
    return {
      id: `f${f}`,
      templateKey: null,
      name: `Functie ${f + 1}`,
      placement: 'team' as const,
      hoursRequired: 8 + 4 * Math.floor(random() * 7),
      requirements: keys.map((competency) => ({
        competency,
        level: 2 + Math.floor(random() * 3),
        minPeople: 1 + Math.floor(random() * 2),
      })),
      expertise: [],
    };
  });
  const professionals = Array.from({ length: poolSize }, (_, p) => {
    const ratings: Record<string, number> = {};
    for (const key of competencies) {
      const r = random();
      ratings[key] = r < 0.3 ? 1 : r < 0.65 ? 2 : r < 0.9 ? 3 : 4;
    }
    return {
      id: `p${p}`,
      name: `Professional ${p + 1}`,
      discipline: pick(DISCIPLINE_KEYS),
      organisation: pick(ORGANISATIONS),
      binding: 'functional' as const,
      contractHours: 16 + 4 * Math.floor(random() * 6),
      ratings,
      expertise: [],
      assessedOn: null,
    };
  });
  return teamPlanSchema.parse({
    format: 'wijkteam-plan',
    version: 2,
    team: {
      id: `bench-${seed}`,
      name: `Benchteam ${seed}`,
      organisationType: 'geintegreerd',
      model: 'A1',
      positioning: 'municipality',
      ageGroups: ['adults'],
      design: {
        breadth: { scope: 'all', collective: false, notes: '' },
        depth: { mode: 'solve', notes: '' },
        integration: { mode: 'seconded', notes: '' },
      },
    },
    functions,
    professionals,
    assignments: [],
  });
}
