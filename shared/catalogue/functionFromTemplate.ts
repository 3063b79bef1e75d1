import type { ExpertiseRequirement, Requirement, TeamFunction } from '../domain/schemas.js';
import type { LifeDomain } from './lifeDomains.js';

/** What every template has, built-in or the user's own (the catalogue DTO and the built-in list both fit). */
interface TemplateLike {
  key: string;
  defaultPlacement: 'team' | 'shell';
  defaultHours: number;
  requirements: readonly Requirement[];
  expertise: readonly string[];
  lifeDomains: readonly LifeDomain[];
}

/**
 * A new function's fields from a catalogue template: the one place where the store (a new
 * team), the design screen (a proposed function) and the sample turn a template into a
 * function. The vakkennis a template names is asked of one of the function's own members
 * at level 2 ("competent"); the team leader adjusts level, number and scope.
 */
export function functionFromTemplate(template: TemplateLike, name: string): Omit<TeamFunction, 'id'> {
  return {
    templateKey: template.key,
    name: name.slice(0, 200),
    placement: template.defaultPlacement,
    hoursRequired: template.defaultHours,
    requirements: template.requirements.map((r) => ({ ...r })),
    expertise: template.expertise.map((expertise): ExpertiseRequirement => ({
      expertise,
      level: 2,
      minPeople: 1,
      scope: 'function',
    })),
    lifeDomains: [...template.lifeDomains],
    consultation: null,
    escalation: '',
  };
}

/** A function made from scratch: no template, nothing asked yet. */
export function blankFunction(name: string, hoursRequired: number): Omit<TeamFunction, 'id'> {
  return {
    templateKey: null,
    name,
    placement: 'team',
    hoursRequired,
    requirements: [],
    expertise: [],
    lifeDomains: [],
    consultation: null,
    escalation: '',
  };
}
