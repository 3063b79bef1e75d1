import { BUILT_IN_COMPETENCIES } from '../catalogue/competencies.js';
import { EXPERTISE } from '../catalogue/expertise.js';
import { LIFE_DOMAIN_INFO, type LifeDomain } from '../catalogue/lifeDomains.js';
import { AGE_GROUP_INFO, type AgeGroup } from '../catalogue/teamDesign.js';
import type { CustomCompetency } from '../domain/schemas.js';
import type { Lang } from '../domain/text.js';

/** Catalogue names the area tables need, by key, in one language: the catalogue's own, else the key. */
export interface AreaNames {
  competency(key: string): string;
  expertise(key: string): string;
  domains(keys: readonly LifeDomain[]): string;
  ageGroups(keys: readonly AgeGroup[]): string;
}

export function areaNames(lang: Lang, custom: readonly CustomCompetency[]): AreaNames {
  const competencies = new Map([...BUILT_IN_COMPETENCIES, ...custom].map((c) => [c.key, c.name[lang]]));
  const expertise = new Map(EXPERTISE.map((e) => [e.key, e.name[lang]]));
  return {
    competency: (key) => competencies.get(key) ?? key,
    expertise: (key) => expertise.get(key) ?? key,
    domains: (keys) => keys.map((k) => LIFE_DOMAIN_INFO[k].name[lang]).join(', '),
    ageGroups: (keys) => keys.map((k) => AGE_GROUP_INFO[k].name[lang]).join(', '),
  };
}
