import type { z } from 'zod';
import { VALIDATION_MESSAGES, isValidationMessageKey } from './messages.js';
import type { Lang } from './text.js';

/**
 * Turns zod issues into one line each that names the exact place, e.g.
 * `professionals[3].ratings.empathy: rating must be a whole number from 0 to 4`.
 */

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

const GENERIC: Record<string, { nl: string; en: string }> = {
  invalid_type: { nl: 'verkeerd type waarde', en: 'wrong type of value' },
  missing: { nl: 'ontbreekt', en: 'is missing' },
  unrecognized_keys: { nl: 'onbekend veld', en: 'unknown field' },
  invalid_value: { nl: 'geen toegestane waarde', en: 'not an allowed value' },
  too_big: { nl: 'te groot of te lang', en: 'too large or too long' },
  too_small: { nl: 'te klein of te kort', en: 'too small or too short' },
  other: { nl: 'ongeldige waarde', en: 'invalid value' },
};

function issueText(issue: z.core.$ZodIssue, lang: Lang): string {
  if (isValidationMessageKey(issue.message)) return VALIDATION_MESSAGES[issue.message][lang];
  if (issue.code === 'invalid_type' && issue.input === undefined) return GENERIC.missing![lang];
  if (issue.code === 'unrecognized_keys') return `${GENERIC.unrecognized_keys![lang]}: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return `${GENERIC.invalid_value![lang]} (${lang === 'nl' ? 'kies uit' : 'choose from'} ${allowed})`;
  }
  return (GENERIC[issue.code] ?? GENERIC.other!)[lang];
}

export interface FormattedIssue {
  path: string;
  message: string;
}

export function formatIssues(error: z.ZodError, lang: Lang): FormattedIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issueText(issue, lang) }));
}

export function formatIssueLines(error: z.ZodError, lang: Lang): string[] {
  return formatIssues(error, lang).map((i) => `${i.path}: ${i.message}`);
}
