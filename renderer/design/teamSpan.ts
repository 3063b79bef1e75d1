import { fteShown } from '../../shared/hr/fte.js';
import type { Assignment } from '../../shared/domain/schemas.js';

/**
 * What a leader leads when their span is left empty: this team's members (everyone with
 * hours in the open scenario) and their hours as fte (one decimal, as the screens write fte).
 */
export function teamSpan(assignments: readonly Pick<Assignment, 'professionalId' | 'hours'>[]): {
  people: number;
  fte: number;
} {
  const people = new Set(assignments.map((a) => a.professionalId)).size;
  const hours = assignments.reduce((sum, a) => sum + a.hours, 0);
  return { people, fte: fteShown(hours) };
}
