import type { MessageKey } from '../i18n/catalogue.js';
import { message, type Message } from '../i18n/message.js';

/**
 * Validation messages, keyed. Schemas put a key of this map in an issue's message; the
 * formatter (./formatIssues.ts) turns it into a catalogue Message that each process
 * renders in its language. The words are in shared/i18n/locales/<lang>/validation.ts.
 */
const VALIDATION_MESSAGES = {
  rating: 'validation.rating',
  level: 'validation.level',
  minPeople: 'validation.minPeople',
  count: 'validation.count',
  hours: 'validation.hours',
  hoursTooMany: 'validation.hoursTooMany',
  assignmentHours: 'validation.assignmentHours',
  id: 'validation.id',
  name: 'validation.name',
  nameLetter: 'validation.nameLetter',
  text: 'validation.text',
  date: 'validation.date',
  competencyKey: 'validation.competencyKey',
  unknownCompetency: 'validation.unknownCompetency',
  unknownExpertise: 'validation.unknownExpertise',
  unknownTeamRole: 'validation.unknownTeamRole',
  discipline: 'validation.discipline',
  unknownProfessional: 'validation.unknownProfessional',
  unknownFunction: 'validation.unknownFunction',
  duplicateId: 'validation.duplicateId',
  duplicateAssignment: 'validation.duplicateAssignment',
  duplicateRequirement: 'validation.duplicateRequirement',
  duplicateCompetency: 'validation.duplicateCompetency',
  duplicateTeamRole: 'validation.duplicateTeamRole',
  duplicateExpertise: 'validation.duplicateExpertise',
  format: 'validation.format',
  version: 'validation.version',
} as const satisfies Record<string, MessageKey>;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

/**
 * The same problems naming the offending value (`verwijst naar een onbekende functie
 * "f99"`): a reference check knows the value, and the user needs it to find the mistake.
 */
const NAMED_MESSAGES = {
  unknownCompetency: 'validation.named.unknownCompetency',
  unknownExpertise: 'validation.named.unknownExpertise',
  unknownTeamRole: 'validation.named.unknownTeamRole',
  unknownProfessional: 'validation.named.unknownProfessional',
  unknownFunction: 'validation.named.unknownFunction',
  duplicateId: 'validation.named.duplicateId',
  duplicateAssignment: 'validation.named.duplicateAssignment',
  duplicateRequirement: 'validation.named.duplicateRequirement',
  duplicateCompetency: 'validation.named.duplicateCompetency',
  duplicateTeamRole: 'validation.named.duplicateTeamRole',
  duplicateExpertise: 'validation.named.duplicateExpertise',
} as const satisfies Partial<Record<ValidationMessageKey, MessageKey>>;

type NamedValidationKey = keyof typeof NAMED_MESSAGES;

export function isValidationMessageKey(value: string): value is ValidationMessageKey {
  return Object.hasOwn(VALIDATION_MESSAGES, value);
}

function isNamed(key: ValidationMessageKey): key is NamedValidationKey {
  return Object.hasOwn(NAMED_MESSAGES, key);
}

/** The message of a validation key; with `value`, the variant that names it where one exists. */
export function validationMessage(key: ValidationMessageKey, value?: string): Message {
  if (value !== undefined && isNamed(key)) return message(NAMED_MESSAGES[key], { value });
  return message(VALIDATION_MESSAGES[key]);
}
