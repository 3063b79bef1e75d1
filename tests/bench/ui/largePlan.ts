import { BUILT_IN_COMPETENCY_KEYS } from '../../../shared/catalogue/competencies.js';
import { DISCIPLINE_KEYS } from '../../../shared/catalogue/disciplines.js';
import { EXPERTISE_KEYS } from '../../../shared/catalogue/expertise.js';
import { BUILT_IN_FUNCTIONS } from '../../../shared/catalogue/functions.js';
import type { TeamPlanInput } from '../../../shared/plan/planSchema.js';
import { heldAt2, teamWide } from '../../support/planParts.js';

/** A small deterministic PRNG (mulberry32), so every bench run measures the same plan. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Anna',
  'Bram',
  'Cem',
  'Dewi',
  'Eva',
  'Fatima',
  'Gijs',
  'Hanna',
  'Ilse',
  'Joost',
  'Karim',
  'Lotte',
  'Mila',
  'Noah',
  'Olga',
  'Pim',
];
const LAST = [
  'Jansen',
  'de Vries',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Bos',
  'Mulder',
  'de Boer',
  'Peters',
  'Hendriks',
  'Yilmaz',
];

/**
 * A team plan with `people` professionals in the pool and `functions` in-team functions
 * (the built-in templates, then numbered copies), a few members per function.
 */
export function largePlan(people: number, functions: number): TeamPlanInput {
  const rnd = random(20260101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const professionals = Array.from({ length: people }, (_, i) => ({
    id: `bench-p${i}`,
    name: `${pick(FIRST)} ${pick(LAST)} ${i + 1}`,
    discipline: pick(DISCIPLINE_KEYS),
    organisation: `Organisatie ${1 + (i % 9)}`,
    binding: (i % 3 === 0 ? 'hierarchical' : 'functional') as 'hierarchical' | 'functional',
    contractHours: 16 + Math.floor(rnd() * 4) * 4,
    ratings: Object.fromEntries(BUILT_IN_COMPETENCY_KEYS.map((k) => [k, Math.floor(rnd() * 5)])),
    expertise: [heldAt2(pick(EXPERTISE_KEYS))],
    assessedOn: '2025-09-01',
  }));
  const fns = Array.from({ length: functions }, (_, i) => {
    const template = BUILT_IN_FUNCTIONS[i % BUILT_IN_FUNCTIONS.length]!;
    const round = Math.floor(i / BUILT_IN_FUNCTIONS.length);
    return {
      id: `bench-f${i}`,
      templateKey: template.key,
      name: round === 0 ? template.name.nl : `${template.name.nl} ${round + 1}`,
      placement: 'team' as const,
      hoursRequired: template.defaultHours,
      requirements: template.requirements.map((r) => ({ ...r })),
      expertise: template.expertise.map(teamWide),
    };
  });
  const assignments = fns.flatMap((fn, i) =>
    [0, 1].map((k) => ({ functionId: fn.id, professionalId: `bench-p${i * 2 + k}`, hours: 4 })),
  );
  return {
    format: 'wijkteam-plan',
    version: 2,
    team: {
      id: 'bench-team',
      name: 'Benchteam Groot',
      area: 'Bench',
      organisationType: 'integraal',
      model: 'A1',
      positioning: 'municipality',
      ageGroups: ['youth', 'adults', 'elderly'],
      design: {
        breadth: { scope: 'all', collective: true, notes: '' },
        depth: { mode: 'solve', notes: '' },
        integration: { mode: 'mandated', notes: '' },
      },
    },
    functions: fns,
    professionals,
    assignments,
  };
}
