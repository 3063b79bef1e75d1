import type { DevelopmentPlan, DevelopmentStep, StepEffect } from '../api/developmentSchemas.js';
import { listOf } from '../i18n/listOf.js';
import { message, type Message } from '../i18n/message.js';
import { REQUIREMENT_STATUS_KEY } from '../i18n/vocabulary.js';

/**
 * The development plan in words, as Messages: the screen, the person's page, the print,
 * the XLSX and the report all render these, so they say the same. Status words come
 * from the vocabulary (ontbreekt, deels gedekt, kwetsbaar, gedekt).
 */

/** "Inlevingsvermogen van niveau 2 naar 3" (vakkennis named as such). */
export function stepWhat(step: Pick<DevelopmentStep, 'kind' | 'name' | 'from' | 'to'>): Message {
  return step.kind === 'expertise'
    ? message('development.step.expertise', { name: step.name, from: step.from, to: step.to })
    : message('development.step.competency', { name: step.name, from: step.from, to: step.to });
}

/** "Maatschappelijke dienstverlening: deels gedekt wordt gedekt (niveau 3, 2 van 2 nodig)". */
export function effectText(effect: StepEffect, withTeam: boolean): Message {
  const params = {
    function: effect.functionName,
    before: message(REQUIREMENT_STATUS_KEY[effect.before]),
    after: message(REQUIREMENT_STATUS_KEY[effect.after]),
    level: effect.level,
    qualified: effect.qualifiedAfter,
    needed: effect.minPeople,
  };
  const change = withTeam
    ? message('development.effect.inTeam', { team: effect.teamName, ...params })
    : message('development.effect', params);
  return effect.together.length === 0
    ? change
    : message('development.effect.together', { effect: change, names: listOf(effect.together) });
}

/** All a step closes, in one line. */
export function effectsText(step: DevelopmentStep, withTeam: boolean): Message {
  return step.effects
    .map((e) => effectText(e, withTeam))
    .reduce((first, next) => message('hrCell.then', { first, next }));
}

/**
 * "Werkt in Toegang / frontoffice en Casusregie"; when the plan looks at several teams, per
 * team: "Werkt in Noord (Casusregie) en Zuid (Casusregie en Toegang)", so a function is
 * never read as belonging to another team, nor two teams' functions as one.
 */
export function worksIn(step: Pick<DevelopmentStep, 'workplaces'>, withTeam: boolean): Message {
  const places = step.workplaces;
  if (places.length === 0) return message('development.worksNowhere');
  if (!withTeam) return message('development.worksIn', { functions: listOf(places.flatMap((p) => p.functions)) });
  return message('development.worksIn', {
    functions: listOf(
      places.map((p) => message('development.worksInTeam', { team: p.teamName, functions: listOf(p.functions) })),
    ),
  });
}

/** What the plan achieves in the vocabulary's words, with the score. */
export function planSummary(plan: DevelopmentPlan): Message {
  if (plan.steps.length === 0) return message('development.summary.none');
  return message('development.summary', {
    count: plan.steps.length,
    missing: message(REQUIREMENT_STATUS_KEY.missing),
    partial: message(REQUIREMENT_STATUS_KEY.partial),
    thin: message(REQUIREMENT_STATUS_KEY.thin),
    closedMissing: plan.closed.missing,
    closedPartial: plan.closed.partial,
    closedThin: plan.closed.thin,
    score: plan.score,
  });
}

/** How sure the plan is: proven best, or greedy with the distance to the best stated. */
export function planProof(plan: DevelopmentPlan): Message {
  const params = { k: plan.k, score: plan.score, bound: plan.bound, greedy: plan.greedyScore };
  switch (plan.proof) {
    case 'optimal':
      return message('development.proof.optimal', params);
    case 'greedyOptimal':
      return message('development.proof.greedyOptimal', params);
    case 'timeLimit':
      return message('development.proof.timeLimit', params);
    case 'noSolver':
      return message('development.proof.noSolver', params);
  }
}

/** The rules the plan keeps, in words. */
export function planRules(plan: DevelopmentPlan): Message {
  const { maxStepsPerPerson, assessedWithinMonths, excludedIds } = plan.rules;
  const perPerson = message('development.rules.perPerson', { count: maxStepsPerPerson });
  const assessed =
    assessedWithinMonths === null
      ? message('development.rules.anyAssessment')
      : message('development.rules.assessedWithin', { count: assessedWithinMonths });
  const excluded =
    excludedIds.length === 0
      ? message('development.rules.noneExcluded')
      : message('development.rules.excluded', { count: excludedIds.length });
  return message('development.rules', { perPerson, assessed, excluded });
}

/** Nothing is written to ratings: the plan is advice until an assessment changes a score. */
export const ADVICE_ONLY = message('development.adviceOnly');

/** The steps grouped per person, in the plan's order of first appearance. */
export function stepsPerPerson(
  plan: DevelopmentPlan,
): { personId: string; personName: string; steps: DevelopmentStep[] }[] {
  const groups = new Map<string, { personId: string; personName: string; steps: DevelopmentStep[] }>();
  for (const step of plan.steps) {
    const group = groups.get(step.personId) ?? { personId: step.personId, personName: step.personName, steps: [] };
    group.steps.push(step);
    groups.set(step.personId, group);
  }
  return [...groups.values()];
}
