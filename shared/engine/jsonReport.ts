import type { TeamPlan } from '../plan/planSchema.js';
import { adviseDesign } from './advice/index.js';
import { toLocalText } from '../i18n/toLocalText.js';
import { computeCoverage } from './coverage.js';
import { overAllocatedIds } from './overAllocation.js';
import { hoursElsewhereInFile } from './suggestions/availability.js';
import { bestAdditions } from './suggestions/bestAdditions.js';
import { departureImpacts } from './suggestions/impactOfLeaving.js';
import { whoClosesGaps } from './suggestions/whoClosesGaps.js';
import type {
  FunctionCoverage,
  GapSuggestion,
  JsonAdvice,
  JsonExpertiseRequirement,
  JsonGapSuggestion,
  JsonLeavingImpact,
  JsonReport,
  JsonRequirement,
  LeavingImpact,
  RequirementCoverage,
  RequirementKind,
} from './types.js';

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
  // Hours in other teams count as the board counts them: the same functions, fed the file's figures.
  const elsewhere = hoursElsewhereInFile(plan);
  const overAllocated = overAllocatedIds(report, elsewhere);
  const over = new Set(overAllocated);
  const known = plan.hoursInOtherTeams !== undefined;
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
    functions: report.functions.map(jsonFunction),
    overAllocated,
    // A file without hours in other teams gives the same bytes as before the field existed.
    professionals: report.professionals.map((load) => ({
      ...load,
      overAllocated: over.has(load.id),
      ...(known ? { hoursInOtherTeams: elsewhere[load.id] ?? 0 } : {}),
    })),
    profile: report.profile,
    expertise: report.expertise.map(({ key, status, holders, requiredBy }) => ({ key, status, holders, requiredBy })),
    advice: adviseDesign(plan, report, {
      hoursElsewhere: elsewhere,
      ...(options.today === undefined ? {} : { today: options.today }),
    }).map((a): JsonAdvice => ({ ...a, message: toLocalText(a.message) })),
    suggestions: whoClosesGaps(plan, report, limit, elsewhere).map(jsonGap),
    bestAdditions: bestAdditions(plan, limit, elsewhere),
    departures: departureImpacts(plan, report).map(jsonDeparture),
  };
}

/**
 * The version 1 shape of a function, plus `expertiseRequirements` only when the function
 * asks expertise of its own members: a plan without them gives the same bytes as before.
 */
function jsonFunction(f: FunctionCoverage): JsonReport['functions'][number] {
  const status = (r: RequirementCoverage): JsonRequirement['status'] => (f.inShell ? 'inShell' : r.status);
  const measured = (r: RequirementCoverage) => ({
    level: r.level,
    minPeople: r.minPeople,
    qualified: r.qualified,
    status: status(r),
    shortfall: r.shortfall,
    thin: r.thin,
  });
  const competencies = f.requirements.filter((r) => r.kind === 'competency');
  const expertise = f.requirements.filter((r) => r.kind === 'expertise');
  return {
    id: f.id,
    name: f.name,
    placement: f.placement,
    coverage: f.coverage,
    hoursRequired: f.hoursRequired,
    hoursAllocated: f.hoursAllocated,
    members: f.memberIds,
    requirements: competencies.map((r): JsonRequirement => ({ competency: r.competency, ...measured(r) })),
    ...(expertise.length === 0
      ? {}
      : {
          expertiseRequirements: expertise.map((r): JsonExpertiseRequirement => ({
            expertise: r.competency,
            ...measured(r),
          })),
        }),
  };
}

/** `competency: key` for a competency, `expertise: key` for vakkennis, in the same place. */
function named(kind: RequirementKind, key: string): { competency: string } | { expertise: string } {
  return kind === 'expertise' ? { expertise: key } : { competency: key };
}

function jsonGap({ functionId, kind, competency, status, candidates }: GapSuggestion): JsonGapSuggestion {
  return { functionId, ...named(kind, competency), status, candidates };
}

function jsonDeparture(impact: LeavingImpact): JsonLeavingImpact {
  return {
    professionalId: impact.professionalId,
    lost: impact.lost.map(({ functionId, kind, competency, from, to }) => ({
      functionId,
      ...named(kind, competency),
      from,
      to,
    })),
    becomeThin: impact.becomeThin.map(({ functionId, kind, competency }) => ({
      functionId,
      ...named(kind, competency),
    })),
    teamCoverageBefore: impact.teamCoverageBefore,
    teamCoverageAfter: impact.teamCoverageAfter,
  };
}
