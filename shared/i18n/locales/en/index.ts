import type { nl } from '../nl/index.js';
import { compose } from './compose.js';
import { ui } from './ui.js';
import { vocabulary } from './vocabulary.js';

/** The English message catalogue: the same keys as the Dutch one, section by section. */
export const en: Record<keyof typeof nl, string> = {
  ...vocabulary,
  ...ui,
  ...compose,
};
