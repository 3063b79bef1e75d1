/** Names the store gives things itself. */
export const DEFAULT_MAIN_SCENARIO_NAME = 'Hoofdscenario';
/** What a main scenario still called "Hoofdscenario" is renamed to when another one is adopted. */
export const FORMER_MAIN_SCENARIO_NAME = 'Vorig hoofdscenario';

/** A name with a suffix, still within the 200 characters a name may have. */
export function withSuffix(name: string, suffix: string): string {
  return `${name.slice(0, 200 - suffix.length)}${suffix}`;
}
