import type { LocalText } from '../../domain/text.js';

/** Catalogue names joined into one list per language, lower-cased for running text when asked. */
export function listOf(names: readonly LocalText[], lower = false): LocalText {
  const join = (lang: 'nl' | 'en') => names.map((n) => (lower ? n[lang].toLowerCase() : n[lang])).join(', ');
  return { nl: join('nl'), en: join('en') };
}
