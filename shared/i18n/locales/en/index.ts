import type { nl } from '../nl/index.js';
import { advice } from './advice.js';
import { errors } from './errors.js';
import { levels } from './levels.js';
import { ui } from './ui.js';
import { validation } from './validation.js';
import { vocabulary } from './vocabulary.js';

/** The English message catalogue: the same keys as the Dutch one, section by section. */
export const en: Record<keyof typeof nl, string> = {
  ...vocabulary,
  ...ui,
  ...advice,
  ...validation,
  ...errors,
  ...levels,
};
