import type { TeamPlan } from '../plan/planSchema.js';
import { adviseDesign } from './advice/index.js';
import { toLocalText } from '../i18n/toLocalText.js';
import { computeCoverage } from './coverage.js';
import { overAllocatedIds } from './overAllocation.js';
import { bestAdditions } from './suggestions/bestAdditions.js';
import { departureImpacts } from './suggestions/impactOfLeaving.js';
import { whoClosesGaps } from './suggestions/whoClosesGaps.js';
import type { JsonAdvice, JsonReport } from './types.js';

interface JsonReportOptions {
  /** Candidates per gap and number of best additions; default 3. */
  suggestions?: number;
  /** ISO date for the assessment-age advice; without it that check is skipped. */
  today?: string;
}

/**
 * The stable machine-readable report (`npm run report -- plan.json --json`). Keys are
 * built in a fixed order and every list follows the plan's own order, so two runs over
 * the same plan give byte-identical JSON. Versioned by `format` + `version`: a consumer
 * can rely on every field listed in docs/coverage.md; new fields may be added, none
 * renamed or removed without a version bump.
 */
export function buildJsonReport(plan: TeamPlan, options: JsonReportOptions = {}): JsonReport {
  const report = computeCoverage(plan);
  const limit = options.suggestions ?? 3;
  return {
    format: 'wijkteam-report',
    version: 1,
    today: options.today ?? null,
    team: {
      id: plan.team.id,
      name: plan.team.name,
      organisationType: plan.team.organisationType,
      model: plan.team.model,
    },
    teamCoverage: report.teamCoverage,
    requirementsTotal: report.requirementsTotal,
    requirementsCovered: report.requirementsCovered,
    hoursRequired: report.hoursRequired,
    hoursAllocated: report.hoursAllocated,
    functions: report.functions.map((f) => ({
      id: f.id,
      name: f.name,
      placement: f.placement,
      coverage: f.coverage,
      hoursRequired: f.hoursRequired,
      hoursAllocated: f.hoursAllocated,
      members: f.memberIds,
      requirements: f.requirements.map((r) => ({
        competency: r.competency,
        level: r.level,
        minPeople: r.minPeople,
        qualified: r.qualified,
        status: f.inShell ? 'inShell' : r.status,
        shortfall: r.shortfall,
        thin: r.thin,
      })),
    })),
    overAllocated: overAllocatedIds(report),
    professionals: report.professionals,
    profile: report.profile,
    expertise: report.expertise,
    advice: adviseDesign(plan, report, options.today === undefined ? {} : { today: options.today }).map(
      (a): JsonAdvice => ({ ...a, message: toLocalText(a.message) }),
    ),
    suggestions: whoClosesGaps(plan, report, limit),
    bestAdditions: bestAdditions(plan, limit),
    departures: departureImpacts(plan, report),
  };
}
