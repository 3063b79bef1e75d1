/**
 * The most hours a week the planner accepts: a person works at most 60, and a function may
 * need more than one full-time person. In a module of their own, without zod, so that the
 * board's fields can read them without loading the schemas (about 90 kB) at every start.
 */
export const MAX_PERSON_HOURS = 60;
export const MAX_FUNCTION_HOURS = 1000;
