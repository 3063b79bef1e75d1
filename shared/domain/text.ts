/** A text in both UI languages. Dutch is the default language of the planner. */
export interface LocalText {
  nl: string;
  en: string;
}

export type Lang = keyof LocalText;

export const LANGS: readonly Lang[] = ['nl', 'en'];
