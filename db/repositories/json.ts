/** Lists stored as JSON text (age groups, life domains, template expertise keys): always arrays of strings. */
export function parseStringList(text: string): string[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new Error('repositories: stored list is not an array of strings');
  }
  return value as string[];
}

export function stringList(values: readonly string[]): string {
  return JSON.stringify(values);
}

/**
 * A JSON column read back through the domain schema, so a damaged or hand-edited value
 * surfaces as an error here instead of as a wrong shape deep in the engine.
 */
export function parseStored<T>(text: string, schema: { parse(value: unknown): T }): T {
  return schema.parse(JSON.parse(text));
}
