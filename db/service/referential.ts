import { EXPERTISE_KEYS } from '../../shared/catalogue/expertise.js';
import type { Requirement } from '../../shared/domain/schemas.js';
import type { Issue } from './failures.js';

/**
 * Checks that need to know what is stored or catalogued: the zod schemas see one value at
 * a time, these see the references between them. They collect issues rather than throw at
 * the first, so the user sees every problem at once.
 */

const expertise = new Set(EXPERTISE_KEYS);

export function requirementIssues(requirements: readonly Requirement[], known: Set<string>, path: string): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  requirements.forEach((r, i) => {
    if (!known.has(r.competency))
      issues.push({ path: `${path}[${i}].competency`, key: 'unknownCompetency', value: r.competency });
    else if (seen.has(r.competency))
      issues.push({ path: `${path}[${i}].competency`, key: 'duplicateRequirement', value: r.competency });
    seen.add(r.competency);
  });
  return issues;
}

/** Expertise keys of a list (a function's requirements, what a person holds): known, and each once. */
export function expertiseIssues(keys: readonly string[], path: string, field?: string): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    const at = field === undefined ? `${path}[${i}]` : `${path}[${i}].${field}`;
    if (!expertise.has(k)) issues.push({ path: at, key: 'unknownExpertise', value: k });
    else if (seen.has(k)) issues.push({ path: at, key: 'duplicateExpertise', value: k });
    seen.add(k);
  });
  return issues;
}

export function ratingIssues(ratings: Record<string, number>, known: Set<string>, path: string): Issue[] {
  return Object.keys(ratings).flatMap((k) =>
    known.has(k) ? [] : [{ path: `${path}.${k}`, key: 'unknownCompetency' as const, value: k }],
  );
}
