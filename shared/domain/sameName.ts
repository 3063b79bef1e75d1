/**
 * When two names are the same name, for people, teams and functions alike: trimmed and
 * without case ("aylin çelik " is Aylin Çelik). The professionals import, the store's
 * refusals and the warnings before adding all ask this one rule.
 */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('nl');
}

/** The first of `items` (other than `exceptId`) with the same name, or undefined. */
export function withSameName<T extends { id: string; name: string }>(
  name: string,
  items: readonly T[],
  exceptId: string | null = null,
): T | undefined {
  const key = nameKey(name);
  return items.find((item) => item.id !== exceptId && nameKey(item.name) === key);
}
