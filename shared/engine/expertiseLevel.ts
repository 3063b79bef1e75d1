import type { HeldExpertise, Professional } from '../domain/schemas.js';
import { ratingOf } from './planIndex.js';
import type { RequirementKind } from './types.js';

/**
 * A person's level for one expertise (vakkennis): 0 when they do not bring it. A file may
 * name the same key twice; the higher level counts, as the person clearly has it.
 */
export function expertiseLevelOf(held: readonly HeldExpertise[], key: string): number {
  let level = 0;
  for (const entry of held) if (entry.key === key && entry.level > level) level = entry.level;
  return level;
}

/**
 * What a requirement row reads from a person: the rating of a competency row, or the
 * level of an expertise row. Suggestions, the composer and HR go through this one
 * function, so an expertise requirement is judged exactly like a competency one.
 */
export function levelFor(person: Professional, kind: RequirementKind, key: string): number {
  return kind === 'expertise' ? expertiseLevelOf(person.expertise, key) : ratingOf(person.ratings, key);
}
