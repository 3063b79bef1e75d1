import type { Level } from '../domain/levels.js';
import type { LocalText } from '../domain/text.js';
import { bothLanguagesOf } from '../i18n/bothLanguages.js';
import type { LifeDomain } from './lifeDomains.js';

type Placement = 'team' | 'shell';

interface RequirementTemplate {
  competency: string;
  level: Level;
  minPeople: number;
}

/**
 * A function (functie) a team can fulfil. The catalogue gives sensible defaults the team
 * leader adjusts per team; users add their own templates (`builtIn: false`). Nothing in
 * the engine branches on these keys: the catalogue is data.
 */
interface FunctionTemplate {
  key: string;
  name: LocalText;
  description: LocalText;
  defaultPlacement: Placement;
  /** Hours per week the function typically needs in a team of one area. */
  defaultHours: number;
  requirements: readonly RequirementTemplate[];
  expertise: readonly string[];
  /** The life domains the function serves (our mapping; the sources name the functions, not their domains). */
  lifeDomains: readonly LifeDomain[];
  builtIn: boolean;
}

function req(competency: string, level: Level, minPeople = 1): RequirementTemplate {
  return { competency, level, minPeople };
}

export const BUILT_IN_FUNCTIONS: readonly FunctionTemplate[] = [
  {
    key: 'crisisIntervention',
    name: bothLanguagesOf('cat.function.crisisIntervention.name'),
    description: bothLanguagesOf('cat.function.crisisIntervention.description'),
    defaultPlacement: 'shell',
    defaultHours: 8,
    requirements: [req('daring', 3), req('conflict', 3), req('adaptability', 3), req('cooperation', 2)],
    expertise: ['crisis'],
    lifeDomains: ['safety', 'mentalHealth', 'housing'],
    builtIn: true,
  },
  {
    key: 'socioPedagogical',
    name: bothLanguagesOf('cat.function.socioPedagogical.name'),
    description: bothLanguagesOf('cat.function.socioPedagogical.description'),
    defaultPlacement: 'team',
    defaultHours: 32,
    requirements: [req('empathy', 3, 2), req('coaching', 3), req('conflict', 2), req('cooperation', 2)],
    expertise: ['youth'],
    lifeDomains: ['parenting', 'socialNetwork'],
    builtIn: true,
  },
  {
    key: 'socioPsychiatric',
    name: bothLanguagesOf('cat.function.socioPsychiatric.name'),
    description: bothLanguagesOf('cat.function.socioPsychiatric.description'),
    defaultPlacement: 'team',
    defaultHours: 24,
    requirements: [req('empathy', 3), req('daring', 3), req('flexibility', 2), req('networking', 2)],
    expertise: ['mentalHealth'],
    lifeDomains: ['mentalHealth', 'socialNetwork', 'dailyLiving'],
    builtIn: true,
  },
  {
    key: 'disabilityCare',
    name: bothLanguagesOf('cat.function.disabilityCare.name'),
    description: bothLanguagesOf('cat.function.disabilityCare.description'),
    defaultPlacement: 'shell',
    defaultHours: 16,
    requirements: [req('empathy', 3), req('coaching', 2), req('flexibility', 2), req('networking', 2)],
    expertise: ['disability'],
    lifeDomains: ['dailyLiving', 'work', 'socialNetwork'],
    builtIn: true,
  },
  {
    key: 'socialServices',
    name: bothLanguagesOf('cat.function.socialServices.name'),
    description: bothLanguagesOf('cat.function.socialServices.description'),
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
    lifeDomains: ['income', 'housing', 'socialNetwork', 'work'],
    builtIn: true,
  },
  {
    key: 'debtServices',
    name: bothLanguagesOf('cat.function.debtServices.name'),
    description: bothLanguagesOf('cat.function.debtServices.description'),
    defaultPlacement: 'team',
    defaultHours: 16,
    requirements: [req('persuasion', 2), req('conflict', 2), req('coaching', 2), req('cooperation', 2)],
    expertise: ['debt'],
    lifeDomains: ['income'],
    builtIn: true,
  },
  {
    key: 'communityDevelopment',
    name: bothLanguagesOf('cat.function.communityDevelopment.name'),
    description: bothLanguagesOf('cat.function.communityDevelopment.description'),
    defaultPlacement: 'team',
    defaultHours: 24,
    requirements: [req('networking', 3), req('innovation', 3), req('persuasion', 2), req('creativity', 2)],
    expertise: ['community'],
    lifeDomains: ['community', 'socialNetwork'],
    builtIn: true,
  },
  {
    key: 'somaticCare',
    name: bothLanguagesOf('cat.function.somaticCare.name'),
    description: bothLanguagesOf('cat.function.somaticCare.description'),
    defaultPlacement: 'team',
    defaultHours: 32,
    requirements: [req('empathy', 2, 2), req('cooperation', 3), req('adaptability', 2), req('networking', 2)],
    expertise: ['somatic'],
    lifeDomains: ['physicalHealth', 'dailyLiving'],
    builtIn: true,
  },
  {
    key: 'access',
    name: bothLanguagesOf('cat.function.access.name'),
    description: bothLanguagesOf('cat.function.access.description'),
    defaultPlacement: 'team',
    defaultHours: 24,
    requirements: [req('empathy', 2, 2), req('flexibility', 3), req('networking', 2), req('cooperation', 2)],
    expertise: [],
    lifeDomains: [],
    builtIn: true,
  },
  {
    key: 'caseCoordination',
    name: bothLanguagesOf('cat.function.caseCoordination.name'),
    description: bothLanguagesOf('cat.function.caseCoordination.description'),
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
    lifeDomains: [],
    builtIn: true,
  },
  {
    key: 'collectiveArrangements',
    name: bothLanguagesOf('cat.function.collectiveArrangements.name'),
    description: bothLanguagesOf('cat.function.collectiveArrangements.description'),
    defaultPlacement: 'team',
    defaultHours: 16,
    requirements: [req('innovation', 3), req('creativity', 3), req('networking', 2), req('cooperation', 2)],
    expertise: ['community'],
    lifeDomains: ['community', 'socialNetwork', 'work'],
    builtIn: true,
  },
  {
    key: 'youth',
    name: bothLanguagesOf('cat.function.youth.name'),
    description: bothLanguagesOf('cat.function.youth.description'),
    defaultPlacement: 'team',
    defaultHours: 32,
    requirements: [req('empathy', 3), req('coaching', 3), req('daring', 3), req('conflict', 2), req('cooperation', 2)],
    expertise: ['youth'],
    lifeDomains: ['parenting', 'safety'],
    builtIn: true,
  },
];

export const BUILT_IN_FUNCTION_KEYS: readonly string[] = BUILT_IN_FUNCTIONS.map((f) => f.key);
