import type { HrInput, HrOptions, HrScenarioPlan } from '../../../shared/hr/index.js';
import { EMPTY_HR_FILTER } from '../../../shared/hr/index.js';
import type { TeamPlan } from '../../../shared/plan/planSchema.js';
import { fn, person, plan, team } from '../engine/fixtures.js';

/**
 * Two small teams that between them hold every case HR looks for: a thin, a partial and
 * a missing competency, a person working in both teams beyond their contract, a person
 * never assessed and one assessed long ago, a pool member without a team, and a variant
 * scenario that must not count towards anyone's load.
 */
export const TODAY = '2026-11-23';

const p1 = person(
  'p1',
  { empathy: 3, networking: 2 },
  { name: 'Anna Aalders', contractHours: 32, assessedOn: '2026-01-10' },
);
const p2 = person(
  'p2',
  { networking: 1, coaching: 4 },
  {
    name: 'Bert Bos',
    contractHours: 24,
    assessedOn: '2020-01-01',
    organisation: 'GGZ Midden',
    discipline: 'mentalHealthNurse',
  },
);
const p3 = person('p3', { conflict: 1 }, { name: 'Chris Claes', contractHours: 36, assessedOn: '2025-12-01' });
const p4 = person('p4', {}, { name: 'Dana Dekker', assessedOn: null });

export const noord: TeamPlan = plan({
  team: team({ id: 'team-noord', name: 'Wijkteam Noord', area: 'Noord', model: 'A1', organisationType: 'integraal' }),
  functions: [
    fn(
      'noord-mdv',
      [
        ['empathy', 3],
        ['networking', 2, 2],
      ],
      { name: 'Maatschappelijke dienstverlening', hoursRequired: 40 },
    ),
    fn('noord-crisis', [['coaching', 4]], { name: 'Crisisinterventie', placement: 'shell', hoursRequired: 0 }),
  ],
  professionals: [p1, p2],
  assignments: [
    ['p1', 'noord-mdv', 20],
    ['p2', 'noord-mdv', 12],
  ],
});

export const zuid: TeamPlan = plan({
  team: team({ id: 'team-zuid', name: 'Wijkteam Zuid', area: 'Zuid', model: 'A2', organisationType: 'geintegreerd' }),
  functions: [fn('zuid-regie', [['conflict', 3]], { name: 'Casusregie', hoursRequired: 24 })],
  professionals: [p1, p3],
  assignments: [
    ['p1', 'zuid-regie', 20],
    ['p3', 'zuid-regie', 16],
  ],
});

/** A variant of Noord where Bert works 30 hours: would overload him, but it is only a draft. */
export const noordVariant: TeamPlan = {
  ...noord,
  assignments: noord.assignments.map((a) => (a.professionalId === 'p2' ? { ...a, hours: 30 } : a)),
};

export function entry(p: TeamPlan, scenarioId: string, isMain = true, scenarioName = 'Hoofdscenario'): HrScenarioPlan {
  return { teamId: p.team.id, scenarioId, scenarioName, isMain, isSample: false, plan: p };
}

export const INPUT: HrInput = {
  competencies: [],
  professionals: [p1, p2, p3, p4],
  scenarios: [
    entry(zuid, 's-zuid'),
    entry(noord, 's-noord'),
    entry(noordVariant, 's-noord-b', false, 'Met meer uren Bert'),
  ],
};

export function options(patch: Partial<HrOptions> = {}): HrOptions {
  return { today: TODAY, assessmentMonths: 24, includeScenarios: false, filter: EMPTY_HR_FILTER, ...patch };
}
