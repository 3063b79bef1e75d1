import type { z } from 'zod';
import { message, type Message } from '../i18n/message.js';
import { translator } from '../i18n/translator.js';
import { isValidationMessageKey, validationMessage } from './messages.js';
import type { Lang } from './text.js';

/**
 * Turns zod issues into one Message each, next to the exact place, e.g.
 * `professionals[3].ratings.empathy` + "niveau moet een heel getal van 0 tot en met 4 zijn".
 * `issueLines` renders them in one language, one line per issue.
 */

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

export interface FormattedIssue {
  path: string;
  text: Message;
  /**
   * The place in words, where the caller knows them (a plan file: shared/plan/planPlace.ts),
   * with the rest of the path below it; without it the path itself names the place.
   */
  place?: Message;
  field?: string;
}

/** Words for the place of a path, or null where there are none (then the path is said). */
type PlaceOf = (path: readonly PropertyKey[]) => { place: Message; field: string } | null;

/** A reference check (see planSchema) passes the offending value in the issue's params. */
function namedValue(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code !== 'custom') return undefined;
  const value: unknown = issue.params?.value;
  return typeof value === 'string' ? value : undefined;
}

function issueText(issue: z.core.$ZodIssue): Message {
  if (isValidationMessageKey(issue.message)) return validationMessage(issue.message, namedValue(issue));
  if (issue.code === 'invalid_type' && issue.input === undefined) return message('validation.missing');
  if (issue.code === 'unrecognized_keys')
    return message('validation.unrecognizedKeys', { keys: issue.keys.join(', ') });
  if (issue.code === 'invalid_value') {
    return message('validation.invalidValue', { allowed: issue.values.map((v) => `‘${String(v)}’`).join(', ') });
  }
  switch (issue.code) {
    case 'invalid_type':
      return message('validation.invalidType');
    case 'too_big':
      // The limit in words: "te veel; hoogstens 20.000 toegestaan" says what to do, "te groot" does not.
      if (issue.origin === 'array') return message('validation.tooMany', { max: Number(issue.maximum) });
      if (issue.origin === 'string') return message('validation.tooLong', { max: Number(issue.maximum) });
      return message('validation.tooBig');
    case 'too_small':
      return message('validation.tooSmall');
    default:
      return message('validation.other');
  }
}

export function formatIssues(error: z.ZodError, placeOf?: PlaceOf): FormattedIssue[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const where = placeOf?.(issue.path);
    return where ? { path, text: issueText(issue), ...where } : { path, text: issueText(issue) };
  });
}

/**
 * One line per issue in `lang`: `<place>: <what is wrong>`, the place in words with the
 * field below it where the issue has them ("professional 4 (Sanne Mulder), ratings.empathy:
 * ..."), else the path. An issue with the whole file (no place inside it, e.g. "dit is geen
 * geldige JSON") is its text alone: the caller already names the file, and a made-up place
 * such as "(root)" tells a user nothing.
 */
export function issueLines(issues: readonly FormattedIssue[], lang: Lang): string[] {
  const { t, render } = translator(lang);
  return issues.map((issue) => {
    const { place, field, text } = issue;
    if (place && field) return t('validation.issueFieldLine', { place, field, text });
    if (place) return t('validation.issueLine', { path: place, text });
    return issue.path === '' ? render(text) : t('validation.issueLine', { path: issue.path, text });
  });
}
