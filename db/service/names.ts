/** Names the store gives things itself. */
export const DEFAULT_MAIN_SCENARIO_NAME = 'Hoofdscenario';

/** A name with a suffix, still within the 200 characters a name may have. */
export function withSuffix(name: string, suffix: string): string {
  return `${name.slice(0, 200 - suffix.length)}${suffix}`;
}
