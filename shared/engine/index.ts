/**
 * The coverage engine's public surface. Pure TypeScript: the renderer calls it on every
 * drag frame, the service and the report CLI call the same code, so the numbers agree
 * everywhere. Semantics: docs/coverage.md.
 */
export type * from './types.js';
export { computeCoverage } from './coverage.js';
export { isOverAllocated, overAllocatedIds } from './overAllocation.js';
export { ADVICE_RULES, adviceAbout, adviseDesign } from './advice/index.js';
export { whoClosesGaps } from './suggestions/whoClosesGaps.js';
export { gapKey, openGaps, type OpenGap } from './suggestions/openGaps.js';
export { hoursAvailable, type HoursElsewhere } from './suggestions/availability.js';
export { bestAdditions } from './suggestions/bestAdditions.js';
export { hasRoomFor, MIN_ASSIGNMENT_HOURS, offeredHours } from './suggestions/room.js';
export { departureImpacts, impactOfLeaving } from './suggestions/impactOfLeaving.js';
export { buildJsonReport } from './jsonReport.js';
export { hasConsultation, lackingExpertise } from './advice/lackingExpertise.js';
