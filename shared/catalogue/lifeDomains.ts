import type { LocalText } from '../domain/text.js';
import { bothLanguagesOf } from '../i18n/bothLanguages.js';

/**
 * Life domains (levensgebieden): the parts of a resident's life a team's functions can
 * address. The sources name "alle levensgebieden" (the A2 model's risk of a
 * problem-centred approach) and the terrains on which narrow teams are mandated, but give
 * no list; this one is the planner's own, so the UI presents it as such. Functions name
 * the domains they serve; a team names the terrains it is mandated to decide on.
 */
export const LIFE_DOMAINS = [
  'income',
  'housing',
  'work',
  'physicalHealth',
  'mentalHealth',
  'socialNetwork',
  'parenting',
  'safety',
  'dailyLiving',
  'community',
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

export const LIFE_DOMAIN_INFO: Record<LifeDomain, { name: LocalText }> = {
  income: { name: bothLanguagesOf('setup.lifeDomain.income') },
  housing: { name: bothLanguagesOf('setup.lifeDomain.housing') },
  work: { name: bothLanguagesOf('setup.lifeDomain.work') },
  physicalHealth: { name: bothLanguagesOf('setup.lifeDomain.physicalHealth') },
  mentalHealth: { name: bothLanguagesOf('setup.lifeDomain.mentalHealth') },
  socialNetwork: { name: bothLanguagesOf('setup.lifeDomain.socialNetwork') },
  parenting: { name: bothLanguagesOf('setup.lifeDomain.parenting') },
  safety: { name: bothLanguagesOf('setup.lifeDomain.safety') },
  dailyLiving: { name: bothLanguagesOf('setup.lifeDomain.dailyLiving') },
  community: { name: bothLanguagesOf('setup.lifeDomain.community') },
};
