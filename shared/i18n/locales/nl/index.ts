import { advice } from './advice.js';
import { errors } from './errors.js';
import { levels } from './levels.js';
import { ui } from './ui.js';
import { validation } from './validation.js';
import { vocabulary } from './vocabulary.js';

/**
 * The Dutch message catalogue: every text the planner shows, prints, exports or
 * prints on a terminal, in sections by where it is used. Keys are unique across
 * sections (a section's keys start with its own prefixes); the English catalogue has
 * exactly the same keys (checked by its type and by tests/unit/i18n).
 */
export const nl = {
  ...vocabulary,
  ...ui,
  ...advice,
  ...validation,
  ...errors,
  ...levels,
} as const;
