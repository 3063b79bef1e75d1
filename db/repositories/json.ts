/** Lists stored as JSON text (age groups, expertise keys): always arrays of strings. */
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
