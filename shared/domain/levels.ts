import type { LocalText } from './text.js';

/**
 * The one rating scale of the planner, used for every rating of a professional and
 * for every requirement of a function. The sources fix no scale, so we chose five
 * steps; keep their labels here and nowhere else.
 */
export const MIN_LEVEL = 0;
export const MAX_LEVEL = 4;

export type Level = 0 | 1 | 2 | 3 | 4;

export const LEVELS: readonly { value: Level; label: LocalText; description: LocalText }[] = [
  {
    value: 0,
    label: { nl: 'niet aanwezig', en: 'none' },
    description: { nl: 'Deze competentie is (nog) niet zichtbaar.', en: 'This competency is not (yet) visible.' },
  },
  {
    value: 1,
    label: { nl: 'in ontwikkeling', en: 'developing' },
    description: {
      nl: 'Laat de competentie soms zien, met begeleiding.',
      en: 'Shows the competency at times, with support.',
    },
  },
  {
    value: 2,
    label: { nl: 'bekwaam', en: 'competent' },
    description: {
      nl: 'Laat de competentie zelfstandig en betrouwbaar zien.',
      en: 'Shows the competency independently and reliably.',
    },
  },
  {
    value: 3,
    label: { nl: 'sterk', en: 'strong' },
    description: {
      nl: 'Zet de competentie ook in lastige situaties goed in.',
      en: 'Applies the competency well in difficult situations too.',
    },
  },
  {
    value: 4,
    label: { nl: 'expert', en: 'expert' },
    description: {
      nl: 'Kan anderen in deze competentie coachen.',
      en: 'Can coach others in this competency.',
    },
  },
];

export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_LEVEL && value <= MAX_LEVEL;
}

export function levelLabel(level: Level): LocalText {
  return LEVELS[level]!.label;
}
