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

/**
 * Hours as fte as the screens and the print write it: one decimal (0,7 fte). HR's sheets
 * keep `toFte`'s two; the translator would now write those two as well.
 */
export function fteShown(hours: number): number {
  return Math.round((hours / FTE_HOURS) * 10) / 10;
}
