/**
 * What a shared database's settings may be, read by the API's schema and by the settings
 * form (which checks as the user types, in words they can act on). In a module of its own,
 * without zod, so that the form can use them without loading the schemas.
 */
export const MIN_PORT = 1;
export const MAX_PORT = 65_535;
/** PostgreSQL's plain role names: lower case, digits and underscores, at most 63 characters. */
export const DB_USER_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;
