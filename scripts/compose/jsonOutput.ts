import { composedPlan } from '../../shared/compose/composition.js';
import { limitMessage } from '../../shared/compose/limits.js';
import type { ComposeResult } from '../../shared/compose/result.js';
import { uncoverableMessage } from '../../shared/compose/uncoverable.js';
import type { Lang } from '../../shared/domain/text.js';
import { computeCoverage } from '../../shared/engine/coverage.js';
import { translator } from '../../shared/i18n/translator.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';

/**
 * The machine-readable answer of `npm run compose -- plan.json --json`. Field names are
 * a contract (docs/compose.md): extend, never rename. Coverage numbers come from the
 * coverage engine on the composed plan, the same numbers `npm run report` gives for
 * the plan written with --out.
 */
export function composeJson(plan: TeamPlan, result: ComposeResult, minHours: number, lang: Lang) {
  const t = translator(lang);
  const report = computeCoverage(composedPlan(plan, result.composition));
  return {
    format: 'wijkteam-composition',
    version: 1,
    status: result.status,
    objective: result.objective,
    bound: result.bound,
    gap: result.gap,
    stoppedAt: result.stoppedAt,
    elapsedMs: Math.round(result.elapsedMs),
    teamCoverage: report.teamCoverage,
    requirementsCovered: report.requirementsCovered,
    requirementsTotal: report.requirementsTotal,
    hoursRequired: report.hoursRequired,
    hoursAllocated: report.hoursAllocated,
    unfilledHours: result.score.unfilledHours,
    contractHours: result.score.contractHours,
    people: report.memberIds,
    assignments: result.composition.map((a) => ({
      professionalId: a.professionalId,
      functionId: a.functionId,
      hours: a.hours,
    })),
    uncoverable: result.uncoverable.map((u) => ({
      functionId: u.functionId,
      competency: u.competency,
      level: u.level,
      minPeople: u.minPeople,
      eligible: u.eligible,
      // Vakkennis the whole team must have: not part of teamCoverage (docs/coverage.md).
      teamWide: u.teamWide,
      reason: t.render(uncoverableMessage(plan, u, minHours)),
    })),
    infeasibleLimits: result.infeasibleLimits.map((ref) => ({ ...ref, text: t.render(limitMessage(ref)) })),
    infeasibleTogether: result.infeasibleTogether,
    greedy: result.greedy
      ? {
          requirementsCovered: result.greedy.score.requirementsCovered,
          unfilledHours: result.greedy.score.unfilledHours,
          people: result.greedy.score.people,
          contractHours: result.greedy.score.contractHours,
          assignments: result.greedy.score.assignments,
        }
      : null,
    fromGreedy: result.fromGreedy,
    /** False for a file without hours in other teams (older files): the team may ask hours people lack. */
    hoursInOtherTeamsInFile: plan.hoursInOtherTeams !== undefined,
  };
}
