import type { LocalText } from '../domain/text.js';

/** Messages about a plan file as a whole, before its fields can be checked. */
export const PLAN_MESSAGES = {
  notAnObject: {
    nl: 'dit is geen teamplanbestand (verwacht een JSON-object met format, version, team, functions, professionals en assignments)',
    en: 'this is not a team plan file (expected a JSON object with format, version, team, functions, professionals and assignments)',
  },
  unsupportedVersion: {
    nl: 'onbekende versie van het teamplan; deze planner leest versie 1',
    en: 'unknown team plan version; this planner reads version 1',
  },
  notJson: { nl: 'dit is geen geldige JSON', en: 'this is not valid JSON' },
  atLine: { nl: 'regel {line}, kolom {column}', en: 'line {line}, column {column}' },
} satisfies Record<string, LocalText>;
