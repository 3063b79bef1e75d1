import type { Level } from '../domain/levels.js';
import type { LocalText } from '../domain/text.js';

export type Placement = 'team' | 'shell';

export interface RequirementTemplate {
  competency: string;
  level: Level;
  minPeople: number;
}

/**
 * A function (functie) a team can fulfil. The catalogue gives sensible defaults the team
 * leader adjusts per team; users add their own templates (`builtIn: false`). Nothing in
 * the engine branches on these keys: the catalogue is data.
 */
export interface FunctionTemplate {
  key: string;
  name: LocalText;
  description: LocalText;
  defaultPlacement: Placement;
  /** Hours per week the function typically needs in a team of one area. */
  defaultHours: number;
  requirements: readonly RequirementTemplate[];
  expertise: readonly string[];
  builtIn: boolean;
}

function req(competency: string, level: Level, minPeople = 1): RequirementTemplate {
  return { competency, level, minPeople };
}

export const BUILT_IN_FUNCTIONS: readonly FunctionTemplate[] = [
  {
    key: 'crisisIntervention',
    name: { nl: 'Crisisinterventie', en: 'Crisis intervention' },
    description: {
      nl: 'Snel ingrijpen en stabiliseren als een situatie uit de hand loopt.',
      en: 'Stepping in quickly to stabilise a situation that gets out of hand.',
    },
    defaultPlacement: 'shell',
    defaultHours: 8,
    requirements: [req('daring', 3), req('conflict', 3), req('adaptability', 3), req('cooperation', 2)],
    expertise: ['crisis'],
    builtIn: true,
  },
  {
    key: 'socioPedagogical',
    name: { nl: 'Sociaalpedagogische zorg', en: 'Socio-pedagogical care' },
    description: {
      nl: 'Ondersteuning bij opvoeden en opgroeien, thuis en in de wijk.',
      en: 'Support with parenting and growing up, at home and in the area.',
    },
    defaultPlacement: 'team',
    defaultHours: 32,
    requirements: [req('empathy', 3, 2), req('coaching', 3), req('conflict', 2), req('cooperation', 2)],
    expertise: ['youth'],
    builtIn: true,
  },
  {
    key: 'socioPsychiatric',
    name: { nl: 'Sociaalpsychiatrische zorg', en: 'Socio-psychiatric care' },
    description: {
      nl: 'Ondersteuning van inwoners met psychische kwetsbaarheid of verslaving.',
      en: 'Support for residents with mental vulnerability or addiction.',
    },
    defaultPlacement: 'team',
    defaultHours: 24,
    requirements: [req('empathy', 3), req('daring', 3), req('flexibility', 2), req('networking', 2)],
    expertise: ['mentalHealth'],
    builtIn: true,
  },
  {
    key: 'disabilityCare',
    name: { nl: 'Gehandicaptenzorg', en: 'Disability care' },
    description: {
      nl: 'Ondersteuning van inwoners met een lichamelijke of verstandelijke beperking.',
      en: 'Support for residents with a physical or intellectual disability.',
    },
    defaultPlacement: 'shell',
    defaultHours: 16,
    requirements: [req('empathy', 3), req('coaching', 2), req('flexibility', 2), req('networking', 2)],
    expertise: ['disability'],
    builtIn: true,
  },
  {
    key: 'socialServices',
    name: { nl: 'Maatschappelijke dienstverlening', en: 'Social services' },
    description: {
      nl: 'Hulp bij praktische en sociale vragen, zoals wonen, werk, relaties en regelingen.',
      en: 'Help with practical and social questions such as housing, work, relationships and benefits.',
    },
    defaultPlacement: 'team',
    defaultHours: 36,
    requirements: [
      req('empathy', 3, 2),
      req('coaching', 2, 2),
      req('conflict', 2),
      req('networking', 2),
      req('cooperation', 3),
    ],
    expertise: ['income'],
    builtIn: true,
  },
  {
    key: 'debtServices',
    name: { nl: 'Schulddienstverlening', en: 'Debt services' },
    description: {
      nl: 'Schulden in kaart brengen, stabiliseren en regelen, en nieuwe schulden voorkomen.',
      en: 'Mapping, stabilising and settling debts, and preventing new ones.',
    },
    defaultPlacement: 'team',
    defaultHours: 16,
    requirements: [req('persuasion', 2), req('conflict', 2), req('coaching', 2), req('cooperation', 2)],
    expertise: ['debt'],
    builtIn: true,
  },
  {
    key: 'communityDevelopment',
    name: { nl: 'Samenlevingsopbouw', en: 'Community development' },
    description: {
      nl: 'Bewonersinitiatieven en onderlinge steun in de wijk versterken.',
      en: 'Strengthening residents’ initiatives and mutual support in the area.',
    },
    defaultPlacement: 'team',
    defaultHours: 24,
    requirements: [req('networking', 3), req('innovation', 3), req('persuasion', 2), req('creativity', 2)],
    expertise: ['community'],
    builtIn: true,
  },
  {
    key: 'somaticCare',
    name: { nl: 'Somatische zorg', en: 'Somatic care' },
    description: {
      nl: 'Lichamelijke zorg en verpleging thuis, en signaleren wat er verder speelt.',
      en: 'Physical care and nursing at home, and noticing what else is going on.',
    },
    defaultPlacement: 'team',
    defaultHours: 32,
    requirements: [req('empathy', 2, 2), req('cooperation', 3), req('adaptability', 2), req('networking', 2)],
    expertise: ['somatic'],
    builtIn: true,
  },
  {
    key: 'access',
    name: { nl: 'Toegang / frontoffice', en: 'Access point / front office' },
    description: {
      nl: 'Het aanspreekpunt voor inwoners, vaak gekoppeld aan het Wmo-loket.',
      en: 'The point of contact for residents, often tied to the social support desk.',
    },
    defaultPlacement: 'team',
    defaultHours: 24,
    requirements: [req('empathy', 2, 2), req('flexibility', 3), req('networking', 2), req('cooperation', 2)],
    expertise: [],
    builtIn: true,
  },
  {
    key: 'caseCoordination',
    name: { nl: 'Casusregie', en: 'Case coordination' },
    description: {
      nl: 'Eén huishouden, één plan, één regisseur die de hulp samenbrengt.',
      en: 'One household, one plan, one coordinator who brings the help together.',
    },
    defaultPlacement: 'team',
    defaultHours: 24,
    requirements: [
      req('cooperation', 3, 2),
      req('persuasion', 3),
      req('conflict', 3),
      req('networking', 3),
      req('daring', 2),
    ],
    expertise: [],
    builtIn: true,
  },
  {
    key: 'collectiveArrangements',
    name: { nl: 'Collectieve arrangementen', en: 'Collective arrangements' },
    description: {
      nl: 'Laagdrempelige voorzieningen en groepsaanbod in de wijk opzetten en onderhouden.',
      en: 'Setting up and running low-threshold facilities and group activities in the area.',
    },
    defaultPlacement: 'team',
    defaultHours: 16,
    requirements: [req('innovation', 3), req('creativity', 3), req('networking', 2), req('cooperation', 2)],
    expertise: ['community'],
    builtIn: true,
  },
  {
    key: 'youth',
    name: { nl: 'Jeugd', en: 'Youth' },
    description: {
      nl: 'Vragen van jeugdigen en gezinnen, van lichte opvoedvragen tot zorgen over veiligheid.',
      en: 'Questions of children and families, from light parenting questions to safety concerns.',
    },
    defaultPlacement: 'team',
    defaultHours: 32,
    requirements: [req('empathy', 3), req('coaching', 3), req('daring', 3), req('conflict', 2), req('cooperation', 2)],
    expertise: ['youth'],
    builtIn: true,
  },
];

export const BUILT_IN_FUNCTION_KEYS: readonly string[] = BUILT_IN_FUNCTIONS.map((f) => f.key);
