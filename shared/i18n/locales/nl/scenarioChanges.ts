/** The scenario comparison's "what is different": per function who changed and what that does to the requirements. */
export const scenarioChanges = {
  'changes.title': 'Wat is er anders van {left} naar {right}',
  'changes.intro': 'Per functie wie erbij komt, weggaat of andere uren heeft, en wat dat doet met de eisen.',
  'changes.none': 'Geen verschil: dezelfde mensen met dezelfde uren, en dezelfde dekking.',
  'changes.functionOnlyIn': '{function} (alleen in {scenario})',
  'changes.people': 'Mensen',
  'changes.requirements': 'Eisen',
  'changes.joins_one': '{name} komt erbij, {count} uur',
  'changes.joins_other': '{name} komt erbij, {count} uur',
  'changes.leaves_one': '{name} gaat eruit ({count} uur)',
  'changes.leaves_other': '{name} gaat eruit ({count} uur)',
  'changes.hours': '{name}: {before} → {after} uur',
  'changes.requirement': '{requirement} ≥ {level}: {before} → {after}',
  'changes.requirementNew': '{requirement} ≥ {level}: nieuw gevraagd, {after}',
  'changes.requirementGone': '{requirement} ≥ {level}: niet meer gevraagd (was {before})',
} as const;
