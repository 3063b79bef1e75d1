import type { Professional } from '../domain/schemas.js';
import { adviseDesign, computeCoverage } from '../engine/index.js';
import type { Advice, CoverageReport } from '../engine/types.js';
import { competencyCells, type CellColumn } from './gapSeverity.js';
import { mixOf } from './mix.js';
import type { HrScenarioPlan, HrTeamRow, SinglePersonCompetency, TeamRef } from './types.js';

/**
 * Advice HR has its own list for: over-allocation is judged across all teams (one plan
 * only sees its own hours), single-person competencies and assessments have lists of
 * their own. The rest is the design advice a team still has to resolve.
 */
const COVERED_ELSEWHERE = new Set([
  'over-allocated',
  'competency-single-person',
  'assessment-missing',
  'assessment-outdated',
]);

export interface ScenarioAnalysis {
  entry: HrScenarioPlan;
  ref: TeamRef;
  report: CoverageReport;
  row: HrTeamRow;
  openAdvice: Advice[];
  singlePerson: SinglePersonCompetency[];
}

/**
 * Everything HR needs from one scenario, computed once with the shared engine. It does
 * not depend on the day: the only advice that reads the date (an assessment older than
 * the engine's limit) is of severity info and has HR's own list (`assessmentIssues`,
 * judged against the request's day), so the engine is asked without a day and an
 * analysis kept overnight stays right.
 */
export function analyseScenario(entry: HrScenarioPlan, columns: readonly CellColumn[]): ScenarioAnalysis {
  const { plan } = entry;
  const report = computeCoverage(plan);
  const byId = new Map<string, Professional>(plan.professionals.map((p) => [p.id, p]));
  const ref: TeamRef = {
    teamId: entry.teamId,
    scenarioId: entry.scenarioId,
    teamName: plan.team.name,
    scenarioName: entry.scenarioName,
    isMain: entry.isMain,
  };
  const openAdvice = adviseDesign(plan, report).filter((a) => a.severity !== 'info' && !COVERED_ELSEWHERE.has(a.rule));
  const singlePerson: SinglePersonCompetency[] = [];
  for (const p of report.profile) {
    if (!p.singlePerson || p.requiredLevel === null) continue;
    const holder = byId.get(p.holders[0]!);
    singlePerson.push({
      ...ref,
      competency: p.competency,
      requiredLevel: p.requiredLevel,
      holderId: p.holders[0]!,
      holderName: holder?.name ?? p.holders[0]!,
    });
  }
  const row: HrTeamRow = {
    teamId: entry.teamId,
    scenarioId: entry.scenarioId,
    teamName: plan.team.name,
    scenarioName: entry.scenarioName,
    isMain: entry.isMain,
    isSample: entry.isSample,
    area: plan.team.area,
    model: plan.team.model,
    organisationType: plan.team.organisationType,
    positioning: plan.team.positioning,
    teamCoverage: report.teamCoverage,
    requirementsTotal: report.requirementsTotal,
    requirementsCovered: report.requirementsCovered,
    hoursRequired: report.hoursRequired,
    hoursAllocated: report.hoursAllocated,
    members: report.memberIds.length,
    disciplines: mixOf(report, byId, (p) => p.discipline),
    organisations: mixOf(report, byId, (p) => p.organisation),
    cells: competencyCells(plan, report, columns),
    openAdvice: openAdvice.length,
  };
  return { entry, ref, report, row, openAdvice, singlePerson };
}
