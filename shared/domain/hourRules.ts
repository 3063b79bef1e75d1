import type { NumberRule } from '../i18n/numberInput.js';
import { MAX_FUNCTION_HOURS, MAX_PERSON_HOURS } from './hourLimits.js';

/**
 * The hours a person may type, one rule per kind of hours, read by `readNumberInput` in
 * every hours field (the hours dialog, a function's hours, a contract) and in the
 * professionals import, so "12,5" means the same everywhere and "1.000" is refused
 * everywhere instead of read as one hour by one of them.
 */

/** A contract: 0 to 60 hours a week. */
export const CONTRACT_HOURS_RULE: NumberRule = { min: 0, max: MAX_PERSON_HOURS };

/** What a function needs: it may need more than one full-time person. */
export const FUNCTION_HOURS_RULE: NumberRule = { min: 0, max: MAX_FUNCTION_HOURS };

/** One placement: at least half an hour, at most what one person works. */
export const ASSIGNMENT_HOURS_RULE: NumberRule = { min: 0.5, max: MAX_PERSON_HOURS };
