import type { MessageKey } from './catalogue.js';

/**
 * One word per status, severity and placement, for every screen, the print, the exports
 * and the report: code looks the word up here and never writes its own.
 */
export const REQUIREMENT_STATUS_KEY = {
  covered: 'status.covered',
  thin: 'status.thin',
  partial: 'status.partial',
  missing: 'status.missing',
  inShell: 'status.inShell',
} as const satisfies Record<string, MessageKey>;

/** HR's matrix cell for a competency no in-team function asks for. */
export const NOT_REQUIRED_KEY = 'status.notRequired' satisfies MessageKey;

export const SEVERITY_KEY = {
  critical: 'severity.critical',
  warning: 'severity.warning',
  info: 'severity.info',
} as const satisfies Record<string, MessageKey>;

export const EXPERTISE_STATUS_KEY = {
  team: 'expertiseStatus.team',
  shell: 'expertiseStatus.shell',
  missing: 'expertiseStatus.missing',
} as const satisfies Record<string, MessageKey>;

export const PLACEMENT_KEY = {
  team: 'placement.team',
  shell: 'placement.shell',
} as const satisfies Record<string, MessageKey>;
