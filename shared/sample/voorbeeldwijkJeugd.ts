import type { Assignment, Professional, Team, TeamFunction } from '../domain/schemas.js';
import type { TeamPlan } from '../plan/planSchema.js';
import { sampleAssignment, sampleFunction, samplePlan } from './sampleParts.js';

/**
 * The third sample team: a narrow youth team in the same wijk as the sample's A1 team
 * (Voorbeeldwijk-Noord), as in the sources' third prototype of several fairly narrow
 * teams in one wijk, each mandated on its own terrain. It is mandated on parenting and
 * safety for youth, so the area view shows the overlap with the broad A1 team that also
 * serves young people on parenting, and it shares people with that team (one of them
 * working exactly her contract across both). All names and organisations are invented,
 * like the rest of Voorbeeldwijk; the people come from the sample's one pool, passed in
 * (this file is imported by voorbeeldwijk.ts, so it must not import that file back).
 */

const AREA = 'Voorbeeldwijk-Noord';

const teamJeugd: Team = {
  id: 'voorbeeld-team-jeugd',
  name: 'Zorgteam Jeugd en Gezin Noord',
  area: AREA,
  organisationType: 'integraal',
  model: 'targetGroup',
  positioning: 'municipality',
  ageGroups: ['youth'],
  design: {
    breadth: {
      scope: 'focused',
      collective: false,
      notes: 'Kinderen, jongeren en hun ouders in Voorbeeldwijk-Noord; andere vragen gaan naar het brede wijkteam.',
    },
    questions: { reach: 'all', arrival: 'both', notes: 'Ouders melden zich zelf; school en huisarts verwijzen.' },
    depth: {
      mode: 'solve',
      notes: 'Het team biedt zelf opvoed- en jeugdhulp; specialistische jeugdzorg via de schil.',
    },
    integration: { mode: 'mandated', notes: 'Het team beslist zelf over opvoed- en jeugdhulp in de wijk.' },
  },
  targetGroups: ['Jeugd en gezin'],
  mandate: ['parenting', 'safety'],
  // An integraal team has its own leidinggevende; here one from outside the pool, answering to the municipality.
  leader: {
    professionalId: null,
    name: 'Ilse Dekker',
    accountableTo: 'municipality',
    spanPeople: null,
    spanFte: null,
    spanLimitPeople: 12,
  },
  // Questions also arrive by referral, so the team records who refers and how.
  frontField: [
    {
      name: 'Basisschool De Regenboog',
      kind: 'school',
      referralRoute: 'De intern begeleider meldt aan bij het team, na overleg met de ouders; reactie binnen een week.',
    },
    {
      name: 'Huisartsenpraktijk Noord',
      kind: 'gp',
      referralRoute: 'De praktijkondersteuner jeugd belt het team; bij zorgen over veiligheid dezelfde dag.',
    },
  ],
  consultations: [],
  ownModelNotes: { pros: [], cons: [] },
};

/** The function with one competency asked at another level and number of people. */
function withRequirement(fn: TeamFunction, competency: string, level: number, minPeople: number): TeamFunction {
  return {
    ...fn,
    requirements: fn.requirements.map((r) => (r.competency === competency ? { competency, level, minPeople } : r)),
  };
}

const jeugdFunctions: TeamFunction[] = [
  // Safety is on this team's mandate, so it asks expert daring (acting on unsafe situations at home) of one
  // person: nobody in the wijk has it yet, a gap for the whole area to recruit or train for.
  withRequirement(sampleFunction('voorbeeld-fn-jeugd-jeugdhulp', 'youth'), 'daring', 4, 1),
  // Parenting support is this team's core, so it wants two strong coaches there, not one: still partly met.
  withRequirement(
    sampleFunction('voorbeeld-fn-jeugd-opvoed', 'socioPedagogical', { hoursRequired: 24 }),
    'coaching',
    3,
    2,
  ),
  // In the schil, though the team solves most things itself: the plan says whom it calls in, and how fast.
  sampleFunction('voorbeeld-fn-jeugd-crisis', 'crisisIntervention', {
    placement: 'shell',
    consultation: {
      organisation: 'Crisisdienst Jeugd Middenland',
      contact: 'Dienstdoende jeugdhulpverlener',
      arrangement:
        'Bij acute onveiligheid belt het team de crisisdienst; die komt ter plaatse en draagt daarna terug over.',
      responseTime: 'Binnen 2 uur',
    },
  }),
];

const jeugdAssignments: Assignment[] = [
  sampleAssignment('voorbeeld-fn-jeugd-jeugdhulp', 7, 24),
  sampleAssignment('voorbeeld-fn-jeugd-jeugdhulp', 15, 8),
  sampleAssignment('voorbeeld-fn-jeugd-opvoed', 15, 16),
  sampleAssignment('voorbeeld-fn-jeugd-opvoed', 6, 12),
  // Shared with the A1 team of the same wijk: Anouk for domestic violence, Youssef for the neighbourhood.
  sampleAssignment('voorbeeld-fn-jeugd-opvoed', 1, 8),
  sampleAssignment('voorbeeld-fn-jeugd-jeugdhulp', 5, 4),
];

/** The youth team as a team plan; `pool` is the sample's whole pool, as in the other sample plans. */
export function voorbeeldwijkJeugdPlan(pool: readonly Professional[]): TeamPlan {
  return samplePlan(teamJeugd, jeugdFunctions, jeugdAssignments, pool);
}
