import type { LocalText } from './text.js';

/**
 * Validation messages, keyed. Schemas put a key in an issue's message; `formatIssue`
 * turns it into Dutch or English text. Keeping the texts here means one place to
 * review wording and both languages side by side.
 */
export const VALIDATION_MESSAGES = {
  rating: { nl: 'niveau moet een heel getal van 0 tot en met 4 zijn', en: 'rating must be a whole number from 0 to 4' },
  level: { nl: 'niveau moet een heel getal van 0 tot en met 4 zijn', en: 'level must be a whole number from 0 to 4' },
  minPeople: {
    nl: 'aantal personen moet een heel getal van 1 tot en met 20 zijn',
    en: 'number of people must be a whole number from 1 to 20',
  },
  hours: { nl: 'uren moeten een getal van 0 of meer zijn', en: 'hours must be a number of 0 or more' },
  hoursTooMany: { nl: 'zoveel uren per week kan niet', en: 'that many hours per week is not possible' },
  assignmentHours: {
    nl: 'uren moeten meer dan 0 en hoogstens 60 per week zijn',
    en: 'hours must be more than 0 and at most 60 per week',
  },
  id: {
    nl: 'id moet 1 tot 64 tekens zonder spaties zijn',
    en: 'id must be 1 to 64 characters without spaces',
  },
  name: { nl: 'naam is verplicht (hoogstens 200 tekens)', en: 'name is required (at most 200 characters)' },
  text: { nl: 'tekst is te lang (hoogstens 2000 tekens)', en: 'text is too long (at most 2000 characters)' },
  date: { nl: 'datum moet de vorm JJJJ-MM-DD hebben', en: 'date must look like YYYY-MM-DD' },
  competencyKey: {
    nl: 'sleutel moet met een kleine letter beginnen en alleen kleine letters, cijfers en streepjes bevatten',
    en: 'key must start with a lower-case letter and hold only lower-case letters, digits and dashes',
  },
  unknownCompetency: { nl: 'onbekende competentie', en: 'unknown competency' },
  unknownExpertise: { nl: 'onbekende expertise', en: 'unknown expertise' },
  unknownDiscipline: { nl: 'onbekende discipline', en: 'unknown discipline' },
  unknownProfessional: { nl: 'verwijst naar een onbekende professional', en: 'refers to an unknown professional' },
  unknownFunction: { nl: 'verwijst naar een onbekende functie', en: 'refers to an unknown function' },
  duplicateId: { nl: 'dit id komt vaker voor', en: 'this id is used more than once' },
  duplicateAssignment: {
    nl: 'deze professional staat al in deze functie',
    en: 'this professional is already in this function',
  },
  duplicateRequirement: {
    nl: 'deze competentie staat al bij de eisen van deze functie',
    en: 'this competency is already required by this function',
  },
  duplicateCompetency: { nl: 'deze competentie bestaat al', en: 'this competency already exists' },
  format: { nl: 'dit is geen teamplanbestand', en: 'this is not a team plan file' },
  version: {
    nl: 'dit teamplan komt uit een nieuwere versie van de planner; werk de planner bij',
    en: 'this team plan comes from a newer version of the planner; update the planner',
  },
} satisfies Record<string, LocalText>;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

export function isValidationMessageKey(value: string): value is ValidationMessageKey {
  return Object.hasOwn(VALIDATION_MESSAGES, value);
}
