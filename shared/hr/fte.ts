/**
 * Hours per week of one full-time job (fte) in Dutch social care collective agreements
 * (CAO Sociaal Werk, VVT, Gemeenten all use 36). One constant, so the printed overview
 * and the HR exports convert hours the same way.
 */
export const FTE_HOURS = 36;

/** Hours as fte, rounded to two decimals (how HR reports fte). */
export function toFte(hours: number): number {
  return Math.round((hours / FTE_HOURS) * 100) / 100;
}
