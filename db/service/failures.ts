import { ApiFailure, type ApiErrorDetail } from '../../shared/api/result.js';
import { validationMessage, type ValidationMessageKey } from '../../shared/domain/messages.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { message, type Message } from '../../shared/i18n/message.js';

/** Typed failures of the service, as catalogue Messages (shared/i18n/locales/<lang>/errors.ts). */

export const THING = {
  team: 'thing.team',
  scenario: 'thing.scenario',
  function: 'thing.function',
  professional: 'thing.professional',
  assignment: 'thing.assignment',
  competency: 'thing.competency',
  template: 'thing.template',
  backup: 'thing.backup',
  composeJob: 'thing.composeJob',
} as const satisfies Record<string, MessageKey>;

type Thing = (typeof THING)[keyof typeof THING];

export function notFound(thing: Thing, id: string): ApiFailure {
  return new ApiFailure('notFound', message('apiError.notFound', { thing: message(thing), id }));
}

export function conflict(text: Message): ApiFailure {
  return new ApiFailure('conflict', text);
}

export interface Issue {
  path: string;
  key: ValidationMessageKey;
  /** The offending id or key, named in the message where the key has a variant for it. */
  value?: string;
}

/** A referential problem the schema could not see (unknown competency, duplicate requirement...). */
function invalid(issues: readonly Issue[]): ApiFailure {
  const details: ApiErrorDetail[] = issues.map((i) => ({ path: i.path, text: validationMessage(i.key, i.value) }));
  const first = details[0]!;
  return new ApiFailure(
    'validation',
    message('validation.invalidInputAt', { path: first.path, text: first.text }),
    details,
  );
}

export function throwIfIssues(issues: readonly Issue[]): void {
  if (issues.length > 0) throw invalid(issues);
}
