import type { MessageKey } from '../i18n/catalogue.js';

/**
 * A name needs at least one letter or digit, in any script (`\p{L}`, `\p{N}`): "—", "-" or
 * "..." names nothing, and would read as a gap in a list, a picker or a print. One rule for
 * every name a user gives (teams, scenarios, functions, professionals, catalogue entries):
 * the store refuses it through `nameSchema` (shared/domain/schemas.ts), and each name field
 * says it while typing with the same message (`nameProblem`).
 */
export function hasLetterOrDigit(name: string): boolean {
  return /[\p{L}\p{N}]/u.test(name);
}

/**
 * What is wrong with a name before any rule of its kind (taken, same person): empty, or
 * without a letter or digit; null when it can be a name. The message key, for the field.
 */
export function nameProblem(name: string): MessageKey | null {
  if (name.trim() === '') return 'nameField.required';
  return hasLetterOrDigit(name) ? null : 'validation.nameLetter';
}

/** Whether any filled-in name of these (a catalogue entry's Dutch and English one) has no letter or digit. */
export function someNameWithoutLetter(...names: string[]): boolean {
  return names.some((name) => name.trim() !== '' && !hasLetterOrDigit(name));
}
