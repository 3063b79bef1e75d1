import type { TeamPlan } from '../../plan/planSchema.js';
import { computeCoverage } from '../coverage.js';
import type { Advice, AdviceSeverity, CoverageReport } from '../types.js';
import { competencyOnOnePerson, expertiseMissingInTeam, shellExpertiseUnrecognised } from './coverageRules.js';
import {
  collectiveWithoutFunction,
  crisisPlacementVsDepth,
  referWithoutShell,
  solveButMostlyShell,
  youthWithoutFunction,
} from './designQuestionRules.js';
import { functionShortOfHours, functionWithoutMembers } from './functionRules.js';
import {
  integraalMostlyHierarchical,
  integraalWithoutMandate,
  partnershipPresentedAsTeam,
} from './organisationRules.js';
import { assessmentMissing, assessmentOutdated, overAllocatedProfessional } from './peopleRules.js';
import type { AdviceRule } from './rule.js';
import { NO_HOURS_ELSEWHERE, type HoursElsewhere } from '../suggestions/availability.js';
import { a1SplitByAge, a2LifeDomainsUncovered, modelQuestionMismatch } from './teamModelRules.js';
import {
  a1WithoutEscalation,
  a1WithoutYouthExpertise,
  expertiseWithoutConsultation,
} from './specialistKnowledgeRules.js';
import { frontFieldMissing, frontFieldWithoutRoute } from './frontFieldRules.js';
import { integraalWithoutLeader, leaderSpanExceeded } from './leaderRules.js';
import { leaderAccountabilityVsPositioning, singleProviderSecondedStaff } from './positioningRules.js';
import { teamRoleAbsent, teamRoleOnOnePerson, teamRolesNotRated } from './teamRoleRules.js';
import type { Message } from '../../i18n/message.js';

/** Every design-advice rule, in the order their advice is listed within one severity. */
export const ADVICE_RULES: readonly AdviceRule[] = [
  partnershipPresentedAsTeam,
  integraalMostlyHierarchical,
  integraalWithoutMandate,
  integraalWithoutLeader,
  leaderSpanExceeded,
  leaderAccountabilityVsPositioning,
  singleProviderSecondedStaff,
  modelQuestionMismatch,
  a1WithoutYouthExpertise,
  a1SplitByAge,
  a1WithoutEscalation,
  frontFieldMissing,
  frontFieldWithoutRoute,
  a2LifeDomainsUncovered,
  youthWithoutFunction,
  referWithoutShell,
  solveButMostlyShell,
  crisisPlacementVsDepth,
  collectiveWithoutFunction,
  functionWithoutMembers,
  functionShortOfHours,
  expertiseMissingInTeam,
  expertiseWithoutConsultation,
  shellExpertiseUnrecognised,
  competencyOnOnePerson,
  teamRoleAbsent,
  teamRoleOnOnePerson,
  teamRolesNotRated,
  overAllocatedProfessional,
  assessmentMissing,
  assessmentOutdated,
];

const ABOUT_BY_RULE = new Map(ADVICE_RULES.map((rule) => [rule.id, rule.about]));

/**
 * What a rule checks and where it comes from (an article and section, or "the planner's
 * own check"), for showing beside each piece of advice: a model's risk is only as good as
 * its source. Null for an id no rule has.
 */
export function adviceAbout(ruleId: string): Message | null {
  return ABOUT_BY_RULE.get(ruleId) ?? null;
}

const SEVERITY_ORDER: Record<AdviceSeverity, number> = { critical: 0, warning: 1, info: 2 };

interface AdviceOptions {
  /**
   * ISO date to judge assessment age against; without it the age check is skipped (the engine never reads the
   * clock).
   */
  today?: string;
  /** Hours people give to other teams (from `plan.get`), so over-allocation counts all their work. */
  hoursElsewhere?: HoursElsewhere;
}

/** All advice for a plan: most severe first, then in rule order, then in the order each rule found it. */
export function adviseDesign(plan: TeamPlan, report?: CoverageReport, options: AdviceOptions = {}): Advice[] {
  const context = {
    plan,
    report: report ?? computeCoverage(plan),
    today: options.today ?? null,
    hoursElsewhere: options.hoursElsewhere ?? NO_HOURS_ELSEWHERE,
  };
  const advice = ADVICE_RULES.flatMap((rule) => rule.check(context));
  // Array.prototype.sort is stable, so rule order survives within a severity.
  return advice.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
