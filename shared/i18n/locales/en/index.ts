import type { nl } from '../nl/index.js';
import { catalogueData } from './catalogueData.js';
import { hr } from './hr.js';
import { print } from './print.js';
import { report } from './report.js';
import { ui } from './ui.js';
import { vocabulary } from './vocabulary.js';

/** The English message catalogue: the same keys as the Dutch one, section by section. */
export const en: Record<keyof typeof nl, string> = {
  ...vocabulary,
  ...ui,
  ...catalogueData,
  ...hr,
  ...report,
  ...print,
};
