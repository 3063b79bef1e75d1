/**
 * When two names are the same name, for people, teams, scenarios and functions alike: trimmed
 * and without case ("aylin çelik " is Aylin Çelik). The professionals import, the store's
 * refusals, the names the store chooses itself and the warnings before adding all ask this
 * one rule.
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

/**
 * The first of `candidate(1)`, `candidate(2)`, ... that is not the same name as any of
 * `taken`: how the store names what it makes itself ("Vorig hoofdscenario 2",
 * "Wijkteam Zuid (kopie 2)"), so a chosen name is never refused by the rule above.
 */
export function firstFreeName(taken: readonly string[], candidate: (n: number) => string): string {
  const keys = new Set(taken.map(nameKey));
  for (let n = 1; ; n += 1) {
    const name = candidate(n);
    if (!keys.has(nameKey(name))) return name;
  }
}
