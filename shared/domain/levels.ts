import { message, type Message } from '../i18n/message.js';

/**
 * The one rating scale of the planner, used for every rating of a professional and
 * for every requirement of a function. The sources fix no scale, so we chose five
 * steps; their words are in the catalogue (shared/i18n/locales/<lang>/levels.ts) and
 * nowhere else.
 */
export const MIN_LEVEL = 0;
export const MAX_LEVEL = 4;

export type Level = 0 | 1 | 2 | 3 | 4;

export const LEVELS: readonly { value: Level; label: Message; description: Message }[] = [
  { value: 0, label: message('level.none'), description: message('level.none.description') },
  { value: 1, label: message('level.developing'), description: message('level.developing.description') },
  { value: 2, label: message('level.competent'), description: message('level.competent.description') },
  { value: 3, label: message('level.strong'), description: message('level.strong.description') },
  { value: 4, label: message('level.expert'), description: message('level.expert.description') },
];
