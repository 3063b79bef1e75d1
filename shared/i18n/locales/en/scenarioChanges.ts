import type { scenarioChanges as nl } from '../nl/scenarioChanges.js';

/** The scenario comparison's "what is different": per function who changed and what that does to the requirements. */
export const scenarioChanges: Record<keyof typeof nl, string> = {
  'changes.title': 'What differs from {left} to {right}',
  'changes.intro': 'Per function who joins, leaves or has different hours, and what that does to the requirements.',
  'changes.none': 'No difference: the same people with the same hours, and the same coverage.',
  'changes.functionOnlyIn': '{function} (only in {scenario})',
  'changes.people': 'People',
  'changes.requirements': 'Requirements',
  'changes.joins_one': '{name} joins, {count} hour',
  'changes.joins_other': '{name} joins, {count} hours',
  'changes.leaves_one': '{name} leaves ({count} hour)',
  'changes.leaves_other': '{name} leaves ({count} hours)',
  'changes.hours': '{name}: {before} → {after} hours',
  'changes.requirement': '{requirement} ≥ {level}: {before} → {after}',
  'changes.requirementNew': '{requirement} ≥ {level}: newly asked, {after}',
  'changes.requirementGone': '{requirement} ≥ {level}: no longer asked (was {before})',
};
