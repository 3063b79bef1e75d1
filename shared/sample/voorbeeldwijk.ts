import { BUILT_IN_COMPETENCY_KEYS } from '../catalogue/competencies.js';
import { LIFE_DOMAINS } from '../catalogue/lifeDomains.js';
import type { Assignment, Consultation, Professional, Team, TeamFunction } from '../domain/schemas.js';
import { DEFAULT_TEAM_ROLES } from '../catalogue/teamRoles.js';
import type { TeamPlan } from '../plan/planSchema.js';
import { sampleAssignment, sampleFunction, samplePlan } from './sampleParts.js';
import { voorbeeldwijkJeugdPlan } from './voorbeeldwijkJeugd.js';

/**
 * "Voorbeeldwijk": the sample neighbourhood a newcomer finds on first start, so there is
 * a working plan to look at before entering anything. Three teams (a broad A1 and A2 team,
 * and a narrow youth team in the A1 team's wijk: voorbeeldwijkJeugd.ts) share one
 * pool of 20 fictional professionals from all disciplines of the catalogue. It has what a
 * real plan has: functions nobody fills yet (youth in the A1 team), thin competencies, a
 * person without any assessment, old assessments, and one person (Fatima El Amrani) who
 * works more hours across both teams than her contract has. All names and organisations
 * are invented. Ids start with `voorbeeld-` so they never collide with generated ones.
 *
 * It also shows each concept of plan format 2 once, consistent with the teams' own notes:
 * - A1 (Noord, integraal): solves itself but keeps crisis intervention in the schil, so
 *   that function sits in the shell with a consultation record; its own leidinggevende
 *   (a name from outside the pool) answers to the consortium; mandate terrains.
 * - A2 (Zuid, geïntegreerd): a BROAD team (every age) for complex and multiple questions,
 *   which the voorliggend veld refers to it (partners with referral routes); a leader from
 *   the pool answering to the municipality; target groups; a team consultation for youth;
 *   an escalation route on an in-team function; a function asking vakkennis at level 3
 *   among its own members; an own pro and con of the model.
 * - People hold expertise at varied levels and are rated on the default team roles.
 */

/** Ratings in the order of the profile (adaptability ... selfdevelopment); '-' = not rated. */
function ratings(digits: string): Record<string, number> {
  const out: Record<string, number> = {};
  [...digits].forEach((d, i) => {
    if (d !== '-') out[BUILT_IN_COMPETENCY_KEYS[i]!] = Number(d);
  });
  return out;
}

function person(
  n: number,
  name: string,
  discipline: string,
  organisation: string,
  contractHours: number,
  ratingDigits: string,
  /** Expertise as `key` (level 2) or `key:level`. */
  expertise: string[],
  assessedOn: string | null,
  binding: Professional['binding'] = 'functional',
): Professional {
  const id = `voorbeeld-prof-${String(n).padStart(2, '0')}`;
  return {
    id,
    name,
    discipline,
    organisation,
    binding,
    contractHours,
    ratings: ratings(ratingDigits),
    expertise: expertise.map((entry) => {
      const [key, level] = entry.split(':');
      return { key: key!, level: level === undefined ? 2 : Number(level), assessedOn };
    }),
    assessedOn,
    teamRoles: teamRoles(TEAM_ROLE_DIGITS[n] ?? ''),
  };
}

/** Team-role ratings in the order of DEFAULT_TEAM_ROLES (driver ... critic); '-' = not rated. */
function teamRoles(digits: string): Record<string, number> {
  const out: Record<string, number> = {};
  [...digits].forEach((d, i) => {
    const role = DEFAULT_TEAM_ROLES[i];
    if (role && d !== '-') out[role.key] = Number(d);
  });
  return out;
}

/** Team-role ratings per person number; people without an entry have not been rated yet. */
const TEAM_ROLE_DIGITS: Record<number, string> = {
  1: '232413',
  2: '143322',
  3: '221341',
  5: '434211',
  7: '323332',
  8: '112343',
  9: '322234',
  11: '242321',
  13: '132322',
  16: '331223',
  18: '211442',
  19: '344121',
};

const WELZIJN = 'Stichting Welzijn Voorbeeldwijk';
const THUISZORG = 'Thuiszorg De Linde';
const GGZ = 'GGZ Middenland';
const JEUGD = 'Jeugd & Gezin Voorbeeldstad';
const GEMEENTE = 'Gemeente Voorbeeldstad';
const KREDIETBANK = 'Kredietbank Voorbeeldstad';
const MEE = 'Cliëntondersteuning Middenland';
const VRIJWILLIGERS = 'Vrijwilligerscentrale Voorbeeldwijk';

const SAMPLE_PROFESSIONALS: readonly Professional[] = [
  person(
    1,
    'Anouk de Vries',
    'socialWorker',
    WELZIJN,
    32,
    '332323334233',
    ['income:3', 'domesticViolence'],
    '2025-03-12',
  ),
  person(2, 'Fatima El Amrani', 'socialWorker', WELZIJN, 24, '323333243334', ['income'], '2024-11-05'),
  person(
    3,
    'Jeroen Bakker',
    'districtNurse',
    THUISZORG,
    28,
    '222223332132',
    ['somatic', 'elderly'],
    '2025-01-20',
    'hierarchical',
  ),
  person(
    4,
    'Marieke Jansen',
    'districtNurse',
    THUISZORG,
    32,
    '323234322343',
    ['somatic'],
    '2022-06-01',
    'hierarchical',
  ),
  person(5, 'Youssef Benali', 'communityWorker', WELZIJN, 36, '343222243334', ['community'], '2025-02-14'),
  person(6, 'Lotte Visser', 'youngPeopleWorker', WELZIJN, 24, '343232323322', ['youth', 'community'], '2024-09-30'),
  person(
    7,
    'Sanne Mulder',
    'youthWorker',
    JEUGD,
    32,
    '333333433333',
    ['youth:3', 'domesticViolence:3'],
    '2025-04-02',
    'hierarchical',
  ),
  person(8, 'Daan Smit', 'debtCounsellor', KREDIETBANK, 24, '212332222333', ['debt:3', 'income'], '2023-10-18'),
  person(
    9,
    'Ingrid Hoekstra',
    'mentalHealthNurse',
    GGZ,
    32,
    '323443332333',
    ['mentalHealth:4', 'addiction:3', 'crisis:3'],
    '2025-05-09',
    'hierarchical',
  ),
  person(10, 'Kevin de Boer', 'mentalHealthNurse', GGZ, 16, '2-2332----2-', ['mentalHealth'], null, 'hierarchical'),
  person(11, 'Priya Ramdin', 'clientSupporter', MEE, 28, '332323322343', ['disability'], '2024-12-11'),
  person(
    12,
    'Henk Willems',
    'wmoConsultant',
    GEMEENTE,
    36,
    '222222222322',
    ['elderly', 'disability'],
    '2021-11-23',
    'hierarchical',
  ),
  person(13, 'Esther van Dijk', 'elderlyAdvisor', WELZIJN, 20, '323233332323', ['elderly'], '2025-02-27'),
  person(14, 'Bram Peeters', 'volunteer', VRIJWILLIGERS, 8, '222232222231', [], '2024-05-15'),
  person(15, 'Noor Hendriks', 'youthWorker', JEUGD, 28, '332333332232', ['youth:1'], '2025-03-03'),
  person(16, 'Mohamed Ouali', 'socialWorker', WELZIJN, 36, '322343233332', ['income', 'addiction:1'], '2024-08-21'),
  person(17, 'Linda Kok', 'wmoConsultant', GEMEENTE, 32, '232222333222', ['elderly'], '2025-01-08', 'hierarchical'),
  person(18, 'Ruud van Leeuwen', 'debtCounsellor', KREDIETBANK, 32, '222333223232', ['debt'], '2024-10-14'),
  person(19, 'Sevda Yilmaz', 'communityWorker', WELZIJN, 24, '333222343323', ['community', 'youth'], '2023-04-17'),
  person(20, 'Wilma Brouwer', 'volunteer', VRIJWILLIGERS, 6, '22-2--22-2--', [], null),
];

const teamNoord: Team = {
  id: 'voorbeeld-team-a1',
  name: 'Wijkteam Voorbeeldwijk-Noord',
  area: 'Voorbeeldwijk-Noord',
  organisationType: 'integraal',
  model: 'A1',
  positioning: 'consortium',
  ageGroups: ['youth', 'adults', 'elderly'],
  design: {
    breadth: {
      scope: 'all',
      collective: true,
      notes: 'Eén toegang voor alle inwoners en al hun hulpvragen, ook voor buurtinitiatieven.',
    },
    questions: { reach: 'all', arrival: 'direct', notes: 'Inwoners lopen binnen op het spreekuur of bellen zelf.' },
    depth: { mode: 'solve', notes: 'Het team lost zelf op; crisisinterventie ligt bij de schil.' },
    integration: {
      mode: 'mandated',
      notes: 'Leden zijn gedetacheerd vanuit de instellingen van het consortium; het team heeft eigen mandaat.',
    },
  },
  targetGroups: [],
  // Parenting too: the youth team of the same wijk claims it as well, which the area view shows as an overlap.
  mandate: ['income', 'housing', 'socialNetwork', 'dailyLiving', 'parenting', 'community'],
  leader: {
    professionalId: null,
    name: 'Marjolein Vos',
    accountableTo: 'consortium',
    spanPeople: 14,
    spanFte: 9.5,
    spanLimitPeople: 15,
  },
  frontField: [],
  consultations: [],
  ownModelNotes: { pros: [], cons: [] },
};

const teamZuid: Team = {
  id: 'voorbeeld-team-a2',
  name: 'Wijkteam Voorbeeldwijk-Zuid',
  area: 'Voorbeeldwijk-Zuid',
  organisationType: 'geintegreerd',
  model: 'A2',
  // Run by the municipality itself, like its leidinggevende (a Wmo-consulent of the municipality) who answers to it.
  positioning: 'municipality',
  ageGroups: ['youth', 'adults', 'elderly'],
  design: {
    breadth: {
      scope: 'all',
      collective: false,
      notes:
        'Breed team voor alle leeftijden, maar alleen voor complexe en meervoudige vragen; complexe jeugdvragen samen met Jeugd & Gezin (consultatieafspraak).',
    },
    questions: {
      reach: 'complex',
      arrival: 'referred',
      notes: 'Eenvoudige vragen blijven bij het voorliggend veld en de eerste lijn; die melden complexe situaties aan.',
    },
    depth: {
      mode: 'solve',
      notes:
        'Het team lost complexe situaties zelf op, ook crises; bij acuut gevaar schaalt het op volgens de escalatieroute.',
    },
    integration: {
      mode: 'seconded',
      notes:
        'Leden blijven sterk verbonden met hun eigen organisatie en werken op vaste dagen in het team; het team heeft geen eigen mandaat.',
    },
  },
  targetGroups: ['Huishoudens met meervoudige problemen', 'Inwoners met verward gedrag'],
  // A geïntegreerd team without a mandate of its own (its note says so): De Waal e.a. reserve decision-making
  // powers on several terrains for the integral team, so no terrains on which it may decide itself.
  mandate: [],
  leader: {
    professionalId: 'voorbeeld-prof-17',
    name: 'Linda Kok',
    accountableTo: 'municipality',
    spanPeople: null,
    spanFte: null,
    spanLimitPeople: 12,
  },
  frontField: [
    {
      name: 'Huisartsenpraktijk De Zuidhoek',
      kind: 'gp',
      referralRoute:
        'Huisarts of POH-GGZ meldt aan met het aanmeldformulier; het team belt binnen drie werkdagen terug.',
    },
    {
      name: 'Welzijnsloket Zuid',
      kind: 'welfareDesk',
      referralRoute:
        'Na een keukentafelgesprek met meerdere vragen meldt de consulent het huishouden aan in het wekelijkse overleg.',
    },
    {
      name: 'Basisschool De Regenboog',
      kind: 'school',
      referralRoute:
        'De intern begeleider meldt gezinnen aan via de jeugdverpleegkundige, met toestemming van de ouders.',
    },
  ],
  consultations: [
    {
      expertise: 'youth',
      organisation: JEUGD,
      contact: 'Sanne Mulder',
      arrangement: 'Wekelijks casusoverleg over gezinnen met kinderen; bij zorgen over veiligheid dezelfde dag.',
      responseTime: 'binnen twee werkdagen',
    },
  ],
  ownModelNotes: {
    pros: ['De huisartsen in Zuid kenden de aanmeldroute al van het oude zorgnetwerk.'],
    cons: ['Inwoners die zelf aankloppen, moeten we terugverwijzen naar het loket; dat voelt als een drempel.'],
  },
};

/** Whom the A1 team calls in a crisis: the schil's crisis service. */
const CRISIS_SERVICE: Consultation = {
  organisation: 'Crisisdienst GGZ Middenland',
  contact: 'Dienstdoende crisisbehandelaar',
  arrangement: 'Het team belt bij acuut gevaar; de crisisdienst komt ter plaatse en draagt daarna terug over.',
  responseTime: 'binnen twee uur, dag en nacht',
};

const noordFunctions: TeamFunction[] = [
  sampleFunction('voorbeeld-fn-a1-toegang', 'access'),
  sampleFunction('voorbeeld-fn-a1-mdv', 'socialServices'),
  sampleFunction('voorbeeld-fn-a1-jeugd', 'socioPedagogical'),
  sampleFunction('voorbeeld-fn-a1-somatiek', 'somaticCare'),
  sampleFunction('voorbeeld-fn-a1-schulden', 'debtServices'),
  sampleFunction('voorbeeld-fn-a1-opbouw', 'communityDevelopment'),
  // The depth notes put crisis intervention in the schil: a shell function with its consultation record.
  sampleFunction('voorbeeld-fn-a1-crisis', 'crisisIntervention', {
    placement: 'shell',
    consultation: CRISIS_SERVICE,
  }),
];

const zuidFunctions: TeamFunction[] = [
  // Regie looks at every life domain: the answer to A2's known risk of a problem-centred approach.
  sampleFunction('voorbeeld-fn-a2-regie', 'caseCoordination', { lifeDomains: [...LIFE_DOMAINS] }),
  sampleFunction('voorbeeld-fn-a2-ggz', 'socioPsychiatric', {
    // Asked of the function's own members at level 3, like a competency requirement.
    expertise: [{ expertise: 'mentalHealth', level: 3, minPeople: 1, scope: 'function' }],
    escalation: 'Bij acuut gevaar: crisisdienst GGZ Middenland, binnen twee uur; daarna bespreking in het team.',
  }),
  sampleFunction('voorbeeld-fn-a2-mdv', 'socialServices', { hoursRequired: 24 }),
  sampleFunction('voorbeeld-fn-a2-schulden', 'debtServices'),
  sampleFunction('voorbeeld-fn-a2-beperking', 'disabilityCare', { placement: 'team', hoursRequired: 12 }),
  sampleFunction('voorbeeld-fn-a2-crisis', 'crisisIntervention', { placement: 'team' }),
];

const noordAssignments: Assignment[] = [
  sampleAssignment('voorbeeld-fn-a1-toegang', 12, 16),
  sampleAssignment('voorbeeld-fn-a1-toegang', 14, 6),
  sampleAssignment('voorbeeld-fn-a1-mdv', 1, 24),
  sampleAssignment('voorbeeld-fn-a1-mdv', 2, 16),
  // Nobody for youth yet: an A1 team without youth expertise is the textbook risk.
  sampleAssignment('voorbeeld-fn-a1-somatiek', 3, 20),
  sampleAssignment('voorbeeld-fn-a1-somatiek', 13, 8),
  sampleAssignment('voorbeeld-fn-a1-schulden', 8, 12),
  sampleAssignment('voorbeeld-fn-a1-opbouw', 5, 24),
  sampleAssignment('voorbeeld-fn-a1-opbouw', 20, 4),
];

const zuidAssignments: Assignment[] = [
  sampleAssignment('voorbeeld-fn-a2-regie', 2, 16),
  sampleAssignment('voorbeeld-fn-a2-regie', 16, 16),
  sampleAssignment('voorbeeld-fn-a2-ggz', 9, 24),
  sampleAssignment('voorbeeld-fn-a2-ggz', 10, 12),
  sampleAssignment('voorbeeld-fn-a2-mdv', 16, 16),
  sampleAssignment('voorbeeld-fn-a2-schulden', 18, 16),
  sampleAssignment('voorbeeld-fn-a2-beperking', 11, 12),
  sampleAssignment('voorbeeld-fn-a2-crisis', 9, 8),
];

/** The two sample teams as team plans; each plan's `professionals` is the whole sample pool. */
export const VOORBEELDWIJK_PLANS: readonly TeamPlan[] = [
  samplePlan(teamNoord, noordFunctions, noordAssignments, SAMPLE_PROFESSIONALS),
  samplePlan(teamZuid, zuidFunctions, zuidAssignments, SAMPLE_PROFESSIONALS),
  voorbeeldwijkJeugdPlan(SAMPLE_PROFESSIONALS),
];
