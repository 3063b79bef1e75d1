import type { vocabulary as nl } from '../nl/vocabulary.js';

/** The one vocabulary in English; the same keys as the Dutch section. */
export const vocabulary: Record<keyof typeof nl, string> = {
  'status.covered': 'covered',
  'status.thin': 'fragile',
  'status.partial': 'partly covered',
  'status.missing': 'missing',
  'status.notRequired': 'not required',
  'status.inShell': 'in the shell',

  'severity.critical': 'Important',
  'severity.warning': 'Warning',
  'severity.info': 'Tip',

  'expertiseStatus.team': 'in the team',
  'expertiseStatus.shell': 'only in the shell',
  'expertiseStatus.missing': 'missing',

  'placement.team': 'in the team',
  'placement.shell': 'in the shell',
};
