import type { Lang, LocalText } from '../domain/text.js';
import { bothLanguagesOf } from '../i18n/bothLanguages.js';

interface Discipline {
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
    name: bothLanguagesOf('cat.discipline.socialWorker'),
    typicalExpertise: ['income', 'domesticViolence'],
  },
  {
    key: 'districtNurse',
    domain: 'localCare',
    name: bothLanguagesOf('cat.discipline.districtNurse'),
    typicalExpertise: ['somatic', 'elderly'],
  },
  {
    key: 'communityWorker',
    domain: 'community',
    name: bothLanguagesOf('cat.discipline.communityWorker'),
    typicalExpertise: ['community'],
  },
  {
    key: 'volunteer',
    domain: 'volunteers',
    name: bothLanguagesOf('cat.discipline.volunteer'),
    typicalExpertise: [],
  },
  {
    key: 'youthWorker',
    domain: 'support',
    name: bothLanguagesOf('cat.discipline.youthWorker'),
    typicalExpertise: ['youth'],
  },
  {
    key: 'debtCounsellor',
    domain: 'support',
    name: bothLanguagesOf('cat.discipline.debtCounsellor'),
    typicalExpertise: ['debt', 'income'],
  },
  {
    key: 'mentalHealthNurse',
    domain: 'localCare',
    name: bothLanguagesOf('cat.discipline.mentalHealthNurse'),
    typicalExpertise: ['mentalHealth', 'addiction', 'crisis'],
  },
  {
    key: 'clientSupporter',
    domain: 'access',
    name: bothLanguagesOf('cat.discipline.clientSupporter'),
    typicalExpertise: ['disability'],
  },
  {
    key: 'wmoConsultant',
    domain: 'access',
    name: bothLanguagesOf('cat.discipline.wmoConsultant'),
    typicalExpertise: ['elderly', 'disability'],
  },
  {
    key: 'elderlyAdvisor',
    domain: 'support',
    name: bothLanguagesOf('cat.discipline.elderlyAdvisor'),
    typicalExpertise: ['elderly'],
  },
  {
    key: 'youngPeopleWorker',
    domain: 'community',
    name: bothLanguagesOf('cat.discipline.youngPeopleWorker'),
    typicalExpertise: ['youth', 'community'],
  },
];

/** The longest discipline a professional can have (a key, or the name of an own discipline: ownDisciplines.ts). */
export const MAX_DISCIPLINE_LENGTH = 64;

export const DISCIPLINE_KEYS: readonly string[] = DISCIPLINES.map((d) => d.key);

const disciplineByKey = new Map(DISCIPLINES.map((d) => [d.key, d]));

/** A discipline's name in one language; an unknown key (from an older file) as it is. */
export function disciplineName(key: string, lang: Lang): string {
  return disciplineByKey.get(key)?.name[lang] ?? key;
}

/** A discipline as a message parameter: a catalogued one in both languages, an own one as written. */
export function disciplineText(key: string): LocalText | string {
  return disciplineByKey.get(key)?.name ?? key;
}
