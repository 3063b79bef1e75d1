import { compose } from './compose.js';
import { ui } from './ui.js';
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
  ...compose,
} as const;
