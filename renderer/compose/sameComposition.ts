/** One placement: who, in which function, for how many hours. */
interface Placement {
  professionalId: string;
  functionId: string;
  hours: number;
}

/** Hours the solver returns may differ from the stored ones by rounding only. */
const HOURS_TOLERANCE = 1e-6;

/**
 * Whether a composition is the team as it is: the same people in the same functions for the
 * same hours. Then there is nothing to open as a scenario: it would be a copy of this one.
 */
export function isSameComposition(current: readonly Placement[], composed: readonly Placement[]): boolean {
  const hoursOf = (placements: readonly Placement[]) => {
    const hours = new Map<string, number>();
    for (const p of placements) {
      const key = `${p.professionalId}\u0000${p.functionId}`;
      hours.set(key, (hours.get(key) ?? 0) + p.hours);
    }
    return hours;
  };
  const now = hoursOf(current);
  const then = hoursOf(composed);
  if (now.size !== then.size) return false;
  for (const [key, hours] of now) {
    const other = then.get(key);
    if (other === undefined || Math.abs(other - hours) > HOURS_TOLERANCE) return false;
  }
  return true;
}
