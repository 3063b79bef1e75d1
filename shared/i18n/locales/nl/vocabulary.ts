/**
 * The planner's one vocabulary for statuses, severities and placements: the board, HR,
 * print, the exports and the report all say these words (through shared/i18n/vocabulary.ts).
 */
export const vocabulary = {
  'status.covered': 'gedekt',
  'status.thin': 'kwetsbaar',
  'status.partial': 'deels gedekt',
  'status.missing': 'ontbreekt',
  'status.notRequired': 'niet gevraagd',
  'status.inShell': 'in de schil',

  'severity.critical': 'Belangrijk',
  'severity.warning': 'Let op',
  'severity.info': 'Tip',

  'expertiseStatus.team': 'in het team',
  'expertiseStatus.shell': 'alleen in de schil',
  'expertiseStatus.missing': 'ontbreekt',

  'placement.team': 'in het team',
  'placement.shell': 'in de schil',
} as const;
