import type { LocalText } from '../domain/text.js';
import { bothLanguagesOf } from '../i18n/bothLanguages.js';
import type { MessageKey } from '../i18n/catalogue.js';

/**
 * A competency a function can require and a professional can be rated on. The
 * built-in ones are the twelve qualities De Waal e.a. lists for integrated work, named among
 * other places in the "Competentieprofiel generalist" (Wijland & De Goede, 2012); users
 * add their own with `builtIn: false`.
 */
interface Competency {
  key: string;
  name: LocalText;
  description: LocalText;
  builtIn: boolean;
}

function builtIn(key: string, name: MessageKey, description: MessageKey): Competency {
  return { key, name: bothLanguagesOf(name), description: bothLanguagesOf(description), builtIn: true };
}

/**
 * The 12 competencies, in the order De Waal e.a. lists them. Names and descriptions (the descriptions in our own
 * words: the article gives only the names) are in the message catalogue.
 */
export const BUILT_IN_COMPETENCIES: readonly Competency[] = [
  builtIn('adaptability', 'cat.competency.adaptability.name', 'cat.competency.adaptability.description'),
  builtIn('creativity', 'cat.competency.creativity.name', 'cat.competency.creativity.description'),
  builtIn('coaching', 'cat.competency.coaching.name', 'cat.competency.coaching.description'),
  builtIn('conflict', 'cat.competency.conflict.name', 'cat.competency.conflict.description'),
  builtIn('daring', 'cat.competency.daring.name', 'cat.competency.daring.description'),
  builtIn('flexibility', 'cat.competency.flexibility.name', 'cat.competency.flexibility.description'),
  builtIn('empathy', 'cat.competency.empathy.name', 'cat.competency.empathy.description'),
  builtIn('innovation', 'cat.competency.innovation.name', 'cat.competency.innovation.description'),
  builtIn('networking', 'cat.competency.networking.name', 'cat.competency.networking.description'),
  builtIn('persuasion', 'cat.competency.persuasion.name', 'cat.competency.persuasion.description'),
  builtIn('cooperation', 'cat.competency.cooperation.name', 'cat.competency.cooperation.description'),
  builtIn('selfdevelopment', 'cat.competency.selfdevelopment.name', 'cat.competency.selfdevelopment.description'),
];

export const BUILT_IN_COMPETENCY_KEYS: readonly string[] = BUILT_IN_COMPETENCIES.map((c) => c.key);

/** Keys of custom competencies: lower-case letters, digits and dashes, so they are safe in files and columns. */
export const COMPETENCY_KEY_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;
