import type { Lang, LocalText } from '../domain/text.js';

/** The domains professionals come from (see docs/domain.md "Where professionals come from"). */
export interface ProfessionalDomain {
  key: string;
  name: LocalText;
}

export const DOMAINS: readonly ProfessionalDomain[] = [
  { key: 'support', name: { nl: 'Hulpverlening', en: 'Help and support' } },
  { key: 'localCare', name: { nl: 'Lokale zorg', en: 'Local care' } },
  { key: 'community', name: { nl: 'Samenlevingsopbouw en participatie', en: 'Community building' } },
  { key: 'volunteers', name: { nl: 'Vrijwilligers', en: 'Volunteers' } },
  { key: 'access', name: { nl: 'Toegang en ondersteuning', en: 'Access and client support' } },
];

export interface Discipline {
  key: string;
  domain: string;
  name: LocalText;
  /** Expertise a member of this discipline usually brings; a starting point, not a rule. */
  typicalExpertise: readonly string[];
}

export const DISCIPLINES: readonly Discipline[] = [
  {
    key: 'socialWorker',
    domain: 'support',
    name: { nl: 'Maatschappelijk werker', en: 'Social worker' },
    typicalExpertise: ['income', 'domesticViolence'],
  },
  {
    key: 'districtNurse',
    domain: 'localCare',
    name: { nl: 'Wijkverpleegkundige', en: 'District nurse' },
    typicalExpertise: ['somatic', 'elderly'],
  },
  {
    key: 'communityWorker',
    domain: 'community',
    name: { nl: 'Opbouwwerker', en: 'Community worker' },
    typicalExpertise: ['community'],
  },
  {
    key: 'volunteer',
    domain: 'volunteers',
    name: { nl: 'Vrijwilliger', en: 'Volunteer' },
    typicalExpertise: [],
  },
  {
    key: 'youthWorker',
    domain: 'support',
    name: { nl: 'Jeugd- en gezinswerker', en: 'Youth and family worker' },
    typicalExpertise: ['youth'],
  },
  {
    key: 'debtCounsellor',
    domain: 'support',
    name: { nl: 'Schuldhulpverlener', en: 'Debt counsellor' },
    typicalExpertise: ['debt', 'income'],
  },
  {
    key: 'mentalHealthNurse',
    domain: 'localCare',
    name: { nl: 'Sociaalpsychiatrisch verpleegkundige', en: 'Community mental health nurse' },
    typicalExpertise: ['mentalHealth', 'addiction', 'crisis'],
  },
  {
    key: 'clientSupporter',
    domain: 'access',
    name: { nl: 'MEE-consulent / cliëntondersteuner', en: 'Client support consultant' },
    typicalExpertise: ['disability'],
  },
  {
    key: 'wmoConsultant',
    domain: 'access',
    name: { nl: 'Wmo-consulent', en: 'Social support act consultant' },
    typicalExpertise: ['elderly', 'disability'],
  },
  {
    key: 'elderlyAdvisor',
    domain: 'support',
    name: { nl: 'Ouderenadviseur', en: 'Advisor for older people' },
    typicalExpertise: ['elderly'],
  },
  {
    key: 'youngPeopleWorker',
    domain: 'community',
    name: { nl: 'Jongerenwerker', en: 'Youth worker (young people)' },
    typicalExpertise: ['youth', 'community'],
  },
];

export const DISCIPLINE_KEYS: readonly string[] = DISCIPLINES.map((d) => d.key);

const disciplineByKey = new Map(DISCIPLINES.map((d) => [d.key, d]));

/** A discipline's name in one language; an unknown key (from an older file) as it is. */
export function disciplineName(key: string, lang: Lang): string {
  return disciplineByKey.get(key)?.name[lang] ?? key;
}
