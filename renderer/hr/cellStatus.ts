import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { NOT_REQUIRED_KEY, REQUIREMENT_STATUS_KEY } from '../../shared/i18n/vocabulary.js';
import type { GapSeverity } from '../../shared/hr/types.js';

/**
 * The word for a cell of the HR matrix: the board's own status words (the vocabulary),
 * including its "not required" for a competency no function of the team asks for and
 * "in de schil" for vakkennis only shell functions ask.
 */
export const CELL_STATUS_KEY: Record<GapSeverity, MessageKey> = {
  missing: REQUIREMENT_STATUS_KEY.missing,
  partial: REQUIREMENT_STATUS_KEY.partial,
  thin: REQUIREMENT_STATUS_KEY.thin,
  covered: REQUIREMENT_STATUS_KEY.covered,
  inShell: REQUIREMENT_STATUS_KEY.inShell,
  notRequired: NOT_REQUIRED_KEY,
};
