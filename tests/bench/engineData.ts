import { BUILT_IN_COMPETENCY_KEYS } from '../../shared/catalogue/competencies.js';
import { BUILT_IN_FUNCTIONS } from '../../shared/catalogue/functions.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import { DIRECT_QUESTIONS, NO_FUNCTION_DETAILS, NO_TEAM_SETUP, heldAt2, teamWide } from '../support/planParts.js';

/**
 * Realistic benchmark teams, the same on every run (seeded): 25 professionals rated on
 * all 12 competencies, 12 functions with 4-6 requirements each (two in the shell), and
 * each professional in one to three functions, as in a mid-sized Dutch wijkteam.
 */
function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // xorshift32: fast, deterministic, good enough to vary test data.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

export function benchTeam(seed: number): TeamPlan {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const functions: TeamPlan['functions'] = Array.from({ length: 12 }, (_, i) => {
    const template = BUILT_IN_FUNCTIONS[i % BUILT_IN_FUNCTIONS.length]!;
    const count = 4 + Math.floor(random() * 3);
    const competencies = [...BUILT_IN_COMPETENCY_KEYS].sort(() => random() - 0.5).slice(0, count);
    return {
      id: `f${i}`,
      templateKey: template.key,
      name: template.name.nl,
      placement: i >= 10 ? 'shell' : 'team',
      hoursRequired: 8 + Math.floor(random() * 30),
      requirements: competencies.map((competency) => ({
        competency,
        level: 1 + Math.floor(random() * 4),
        minPeople: random() < 0.25 ? 2 : 1,
      })),
      expertise: template.expertise.map(teamWide),
      ...NO_FUNCTION_DETAILS,
    };
  });
  const professionals: TeamPlan['professionals'] = Array.from({ length: 25 }, (_, i) => ({
    id: `p${i}`,
    name: `Professional ${i}`,
    discipline: 'socialWorker',
    organisation: 'Stichting Bench',
    binding: random() < 0.3 ? 'hierarchical' : 'functional',
    contractHours: 16 + Math.floor(random() * 21),
    ratings: Object.fromEntries(BUILT_IN_COMPETENCY_KEYS.map((k) => [k, Math.floor(random() * 5)])),
    expertise: [heldAt2(pick(['youth', 'debt', 'mentalHealth', 'elderly', 'community', 'somatic']))],
    assessedOn: '2025-06-01',
    teamRoles: {},
  }));
  const assignments: TeamPlan['assignments'] = [];
  for (const p of professionals) {
    const seats = new Set<number>();
    const count = 1 + Math.floor(random() * 3);
    while (seats.size < count) seats.add(Math.floor(random() * 10));
    for (const f of seats)
      assignments.push({ professionalId: p.id, functionId: `f${f}`, hours: 4 + Math.floor(random() * 12) });
  }
  return {
    format: 'wijkteam-plan',
    version: 2,
    competencies: [],
    teamRoles: [],
    team: {
      id: `team-${seed}`,
      name: `Bench team ${seed}`,
      area: '',
      organisationType: 'integraal',
      model: 'A1',
      positioning: 'consortium',
      ageGroups: ['youth', 'adults', 'elderly'],
      design: {
        breadth: { scope: 'all', collective: true, notes: '' },
        questions: DIRECT_QUESTIONS,
        depth: { mode: 'solve', notes: '' },
        integration: { mode: 'mandated', notes: '' },
      },
      ...NO_TEAM_SETUP,
    },
    functions,
    professionals,
    assignments,
  };
}

/**
 * The minimal baseline of the target: the same numbers the coverage semantics
 * define - covered requirements of in-team functions, hours per function, over-allocated
 * people, the team profile (best rating and members per level for each competency) and
 * which required expertise the members bring - computed with the least work possible: no
 * ids, no result objects, no order guarantees, no handling of dangling references. The
 * engine's ratio to this loop is the price of its structure, not of its scope.
 */
export function baselineReport(plan: TeamPlan, keys: readonly string[] = BUILT_IN_COMPETENCY_KEYS): number {
  const byId = new Map(plan.professionals.map((p) => [p.id, p]));
  const members = new Map<string, TeamPlan['professionals']>();
  const load = new Map<TeamPlan['professionals'][number], number>();
  const functionHours = new Map<string, number>();
  for (const a of plan.assignments) {
    const person = byId.get(a.professionalId)!;
    const list = members.get(a.functionId);
    if (list) list.push(person);
    else members.set(a.functionId, [person]);
    load.set(person, (load.get(person) ?? 0) + a.hours);
    functionHours.set(a.functionId, (functionHours.get(a.functionId) ?? 0) + a.hours);
  }
  let checksum = 0;
  const expertise = new Set<string>();
  for (const [person, hours] of load) {
    if (hours > person.contractHours) checksum += 1;
    for (const { key } of person.expertise) expertise.add(key);
    for (const key of keys) checksum += person.ratings[key] ?? 0; // profile: every member x competency
  }
  for (const f of plan.functions) {
    const list = members.get(f.id) ?? [];
    checksum += (functionHours.get(f.id) ?? 0) - f.hoursRequired;
    for (const { expertise: key } of f.expertise) if (expertise.has(key)) checksum += 1;
    if (f.placement !== 'team') continue;
    for (const r of f.requirements) {
      let qualified = 0;
      for (const m of list) if ((m.ratings[r.competency] ?? 0) >= r.level) qualified += 1;
      if (qualified >= r.minPeople) checksum += 1;
    }
  }
  return checksum;
}

/**
 * A narrower baseline, printed for information: only "how many in-team requirements are
 * covered", the single number the UI headline shows.
 */
export function baselineCoverage(plan: TeamPlan): number {
  const byId = new Map(plan.professionals.map((p) => [p.id, p]));
  const members = new Map<string, TeamPlan['professionals']>();
  for (const a of plan.assignments) {
    const person = byId.get(a.professionalId);
    if (!person) continue;
    const list = members.get(a.functionId);
    if (list) list.push(person);
    else members.set(a.functionId, [person]);
  }
  let covered = 0;
  let total = 0;
  for (const f of plan.functions) {
    if (f.placement !== 'team') continue;
    const list = members.get(f.id) ?? [];
    for (const r of f.requirements) {
      total += 1;
      let qualified = 0;
      for (const m of list) if ((m.ratings[r.competency] ?? 0) >= r.level) qualified += 1;
      if (qualified >= r.minPeople) covered += 1;
    }
  }
  return total === 0 ? 1 : covered / total;
}
