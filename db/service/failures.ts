import { ApiFailure, type ApiErrorDetail } from '../../shared/api/result.js';
import { VALIDATION_MESSAGES, type ValidationMessageKey } from '../../shared/domain/messages.js';
import type { LocalText } from '../../shared/domain/text.js';

/** Typed failures of the service, each in Dutch (for the user) and English. */

export const THING = {
  team: { nl: 'Het team', en: 'The team' },
  scenario: { nl: 'Het scenario', en: 'The scenario' },
  function: { nl: 'De functie', en: 'The function' },
  professional: { nl: 'De professional', en: 'The professional' },
  assignment: { nl: 'Deze toewijzing', en: 'This assignment' },
  competency: { nl: 'De eigen competentie', en: 'The custom competency' },
  template: { nl: 'Het eigen functiesjabloon', en: 'The custom function template' },
  backup: { nl: 'De back-up', en: 'The backup' },
} satisfies Record<string, LocalText>;

export function notFound(thing: LocalText, id: string): ApiFailure {
  return new ApiFailure(
    'notFound',
    `${thing.nl} "${id}" bestaat niet (meer). Vernieuw het overzicht en probeer het opnieuw.`,
    `${thing.en} "${id}" does not exist (anymore). Refresh the overview and try again.`,
  );
}

export function conflict(nl: string, en: string): ApiFailure {
  return new ApiFailure('conflict', nl, en);
}

export interface Issue {
  path: string;
  key: ValidationMessageKey;
}

/** A referential problem the schema could not see (unknown competency, duplicate requirement...). */
export function invalid(issues: readonly Issue[]): ApiFailure {
  const details: ApiErrorDetail[] = issues.map((i) => ({ path: i.path, message: VALIDATION_MESSAGES[i.key].nl }));
  const first = issues[0]!;
  return new ApiFailure(
    'validation',
    `Ongeldige invoer bij ${first.path}: ${VALIDATION_MESSAGES[first.key].nl}.`,
    `Invalid input at ${first.path}: ${VALIDATION_MESSAGES[first.key].en}.`,
    details,
  );
}

export function throwIfIssues(issues: readonly Issue[]): void {
  if (issues.length > 0) throw invalid(issues);
}
