/** A text in both UI languages. Dutch is the default language of the planner. */
export interface LocalText {
  nl: string;
  en: string;
}

export type Lang = keyof LocalText;

export const LANGS: readonly Lang[] = ['nl', 'en'];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
