import type { Lang, LocalText } from '../domain/text.js';
import { BUILT_IN_FUNCTIONS } from './functions.js';

/** What the rule needs of a team's function: the name it stores and the template it came from. */
interface NamedFunction {
  name: string;
  templateKey: string | null;
}

/** Template names by key: the built-in catalogue's, or (in the renderer) those plus the user's own. */
export type TemplateNames = ReadonlyMap<string, LocalText>;

const BUILT_IN_NAMES: TemplateNames = new Map(BUILT_IN_FUNCTIONS.map((t) => [t.key, t.name]));

/**
 * The one rule for a team's function name, on every screen, in the print, the advice, HR,
 * the area view and the report. A function stores one name, because the team leader may
 * rename it; a function still named as its catalogue template (in either language: a
 * function added from the English screen stores the English name) reads in the reader's
 * language, a renamed or own function as it was written.
 */
export function functionText(fn: NamedFunction, templates: TemplateNames = BUILT_IN_NAMES): LocalText {
  const template = fn.templateKey === null ? undefined : templates.get(fn.templateKey);
  if (template && (template.nl === fn.name || template.en === fn.name)) return template;
  return { nl: fn.name, en: fn.name };
}

/** `functionText` in one language. */
export function functionNameIn(fn: NamedFunction, lang: Lang, templates?: TemplateNames): string {
  return functionText(fn, templates)[lang];
}
