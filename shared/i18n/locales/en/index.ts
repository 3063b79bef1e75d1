import type { nl } from '../nl/index.js';
import { host } from './host.js';
import { shell } from './shell.js';
import { ui } from './ui.js';
import { vocabulary } from './vocabulary.js';
import { people } from './people.js';

/** The English message catalogue: the same keys as the Dutch one, section by section. */
export const en: Record<keyof typeof nl, string> = {
  ...people,
  ...vocabulary,
  ...ui,
  ...shell,
  ...host,
};
