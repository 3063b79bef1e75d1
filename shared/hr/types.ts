import type { LocalText } from '../domain/text.js';
import type { Professional, CustomCompetency } from '../domain/schemas.js';
import type { AdviceSeverity, RequirementKind } from '../engine/types.js';
import type { OrganisationType, Positioning, TeamModel } from '../catalogue/teamDesign.js';
import type { TeamPlan } from '../plan/planSchema.js';
import type { AssessmentAge } from './assessmentAge.js';

/**
 * What HR looks at: every team (and, when asked, every scenario) at once. The input is
 * what the store hands over in one call (`hr.overview`); everything else is computed
 * here, by the shared coverage engine, so the HR screen, its exports and the bench
 * agree with the planner to the last requirement.
 */

export interface HrScenarioPlan {
  teamId: string;
  scenarioId: string;
  scenarioName: string;
  isMain: boolean;
  isSample: boolean;
  /** The scenario as a team plan with its members only (not the pool). */
  plan: TeamPlan;
}

export interface HrInput {
  /** Custom competencies of the catalogue; built-in ones come from shared/catalogue. */
  competencies: CustomCompetency[];
  /** The whole pool: people without a team matter to HR too (e.g. without an assessment). */
  professionals: Professional[];
  scenarios: HrScenarioPlan[];
}

/**
 * How a competency fares in one team, worst first: `missing` (some in-team function asks
 * for it and nobody meets the level), `partial` (met, but by fewer people than asked),
 * `thin` (met by exactly one person), `covered`, `inShell` (only shell functions ask for
 * it: asked, but of the shell, not of the team), or `notRequired` (no function of the
 * team asks for it, in the team or in the shell).
 */
export type GapSeverity = 'missing' | 'partial' | 'thin' | 'covered' | 'inShell' | 'notRequired';

export interface HrCell {
  /** A competency column, or a vakkennis column (the expertise key is in `competency`). */
  kind: RequirementKind;
  competency: string;
  severity: GapSeverity;
  /** Highest level an in-team function asks for; null when none does. */
  requiredLevel: number | null;
  /** Best rating (expertise level for vakkennis) among the members (0 without members). */
  best: number;
  /** Requirements on this competency (or vakkennis) that are not covered. */
  openRequirements: number;
  /** Where the status comes from, per requirement: see ./cellExplanation.ts. */
  explanation: HrCellExplanation;
}

/** A member of the team outside the function with a gap who already has the level asked there. */
export interface CellColleague {
  professionalId: string;
  name: string;
  /** Their rating (or expertise level) for the cell's column. */
  level: number;
  /** Names of the in-team functions they work in now (both languages: `functionText`). */
  functions: LocalText[];
}

/**
 * One requirement behind a cell, as the engine judged it: a function's requirement row,
 * or vakkennis asked of the whole team (`functionName` null, `askedBy` the functions).
 */
export interface CellRequirement {
  functionName: LocalText | null;
  askedBy: LocalText[];
  status: Exclude<GapSeverity, 'notRequired' | 'inShell'>;
  level: number;
  minPeople: number;
  qualified: number;
  /** Names of the people who meet the level where it is asked (for a thin requirement: the one). */
  holders: string[];
  /** For an open function requirement: team members elsewhere with the level (best first); else empty. */
  colleagues: CellColleague[];
}

export interface HrCellExplanation {
  /** Worst first (missing, partial, thin, covered), then in the plan's order of functions. */
  requirements: CellRequirement[];
}

export interface MixEntry {
  /** Discipline key, or the organisation's name ('' when unknown). */
  key: string;
  people: number;
  hours: number;
}

export interface HrTeamRow {
  teamId: string;
  scenarioId: string;
  teamName: string;
  scenarioName: string;
  isMain: boolean;
  isSample: boolean;
  area: string;
  model: TeamModel;
  organisationType: OrganisationType;
  positioning: Positioning;
  teamCoverage: number;
  requirementsTotal: number;
  requirementsCovered: number;
  hoursRequired: number;
  hoursAllocated: number;
  members: number;
  disciplines: MixEntry[];
  organisations: MixEntry[];
  /** In the order of `HrOverview.competencies`. */
  cells: HrCell[];
  /** Open advice (warning or critical) on this scenario. */
  openAdvice: number;
}

export interface TeamRef {
  teamId: string;
  scenarioId: string;
  teamName: string;
  scenarioName: string;
  isMain: boolean;
}

export interface OverAllocatedPerson {
  professionalId: string;
  name: string;
  discipline: string;
  organisation: string;
  contractHours: number;
  hoursAllocated: number;
  /** Hours above contract. */
  excess: number;
  assignments: (TeamRef & { hours: number })[];
}

export interface AssessmentIssue {
  professionalId: string;
  name: string;
  discipline: string;
  organisation: string;
  assessedOn: string | null;
  reason: 'missing' | 'outdated';
  /** How long ago the assessment was (`assessmentAge.ts`); null when there is none. */
  age: AssessmentAge | null;
  teams: TeamRef[];
}

export interface SinglePersonCompetency extends TeamRef {
  competency: string;
  requiredLevel: number;
  holderId: string;
  holderName: string;
}

interface OpenAdvice extends TeamRef {
  rule: string;
  severity: AdviceSeverity;
  message: LocalText;
}

export interface HrFilter {
  /** '' for every area. */
  area: string;
  model: TeamModel | '';
  organisationType: OrganisationType | '';
}

export const EMPTY_HR_FILTER: HrFilter = { area: '', model: '', organisationType: '' };

export interface HrOptions {
  /** ISO date (YYYY-MM-DD) the assessment age is judged against; the code never reads the clock. */
  today: string;
  /** An assessment older than this many months is outdated. */
  assessmentMonths: number;
  /** Show the variants (non-main scenarios) as rows of their own. */
  includeScenarios: boolean;
  filter: HrFilter;
}

export interface HrCompetencyColumn {
  /** Competency columns first, then vakkennis that an in-team function of some team asks for. */
  kind: RequirementKind;
  key: string;
  name: LocalText;
}

export interface HrOverview {
  competencies: HrCompetencyColumn[];
  rows: HrTeamRow[];
  overAllocated: OverAllocatedPerson[];
  assessments: AssessmentIssue[];
  singlePerson: SinglePersonCompetency[];
  advice: OpenAdvice[];
  /** Areas of all teams (not only the filtered ones), for the filter's choices. */
  areas: string[];
}
