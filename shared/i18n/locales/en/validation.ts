import type { validation as nl } from '../nl/validation.js';

/** Validation messages, the same keys as the Dutch section. */
export const validation: Record<keyof typeof nl, string> = {
  'validation.rating': 'rating must be a whole number from 0 to 4',
  'validation.level': 'level must be a whole number from 0 to 4',
  'validation.minPeople': 'number of people must be a whole number from 1 to 20',
  'validation.hours': 'hours must be a number of 0 or more',
  'validation.hoursTooMany': 'that many hours per week is not possible',
  'validation.assignmentHours': 'hours must be more than 0 and at most 60 per week',
  'validation.id': 'id must be 1 to 64 characters without spaces',
  'validation.name': 'name is required (at most 200 characters)',
  'validation.text': 'text is too long (at most 2000 characters)',
  'validation.date': 'date must look like YYYY-MM-DD',
  'validation.competencyKey':
    'key must start with a lower-case letter and hold only lower-case letters, digits and dashes',
  'validation.unknownCompetency': 'unknown competency',
  'validation.unknownExpertise': 'unknown expertise',
  'validation.unknownDiscipline': 'unknown discipline',
  'validation.unknownProfessional': 'refers to an unknown professional',
  'validation.unknownFunction': 'refers to an unknown function',
  'validation.duplicateId': 'this id is used more than once',
  'validation.duplicateAssignment': 'this professional is already in this function',
  'validation.duplicateRequirement': 'this competency is already required by this function',
  'validation.duplicateCompetency': 'this competency already exists',
  'validation.format': 'this is not a team plan file',
  'validation.version': 'this team plan comes from a newer version of the planner; update the planner',

  'validation.named.unknownCompetency': 'unknown competency "{value}"',
  'validation.named.unknownExpertise': 'unknown expertise "{value}"',
  'validation.named.unknownDiscipline': 'unknown discipline "{value}"',
  'validation.named.unknownProfessional': 'refers to an unknown professional "{value}"',
  'validation.named.unknownFunction': 'refers to an unknown function "{value}"',
  'validation.named.duplicateId': 'the id "{value}" is used more than once',
  'validation.named.duplicateAssignment': 'professional "{value}" is already in this function',
  'validation.named.duplicateRequirement': 'competency "{value}" is already required by this function',
  'validation.named.duplicateCompetency': 'the competency "{value}" already exists',

  'validation.invalidType': 'wrong type of value',
  'validation.missing': 'is missing',
  'validation.unrecognizedKeys': 'unknown field: {keys}',
  'validation.invalidValue': 'not an allowed value (choose from {allowed})',
  'validation.tooBig': 'too large or too long',
  'validation.tooSmall': 'too small or too short',
  'validation.other': 'invalid value',

  'validation.issueLine': '{path}: {text}',
  'validation.invalidInputAt': 'Invalid input at {path}: {text}.',
  'validation.invalidInput': 'Invalid input.',

  'planFile.notAnObject':
    'this is not a team plan file (expected a JSON object with format, version, team, functions, professionals and assignments)',
  'planFile.unsupportedVersion': 'unknown team plan version; this planner reads version {version}',
  'planFile.notJson': 'this is not valid JSON',
  'planFile.notJsonAt': 'this is not valid JSON (line {line}, column {column})',
} as const;
