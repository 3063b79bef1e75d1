import type { LocalText } from '../domain/text.js';
import type { Message } from '../i18n/message.js';

/**
 * The shapes the coverage engine returns. The UI renders these directly, the report CLI
 * prints them and the JSON report is built from them, so field names are part of the
 * contract: extend, never rename. Semantics are documented in docs/coverage.md and next
 * to the code that computes each number (./coverage.ts, ./profile.ts, ./expertise.ts).
 */

export type RequirementStatus = 'covered' | 'partial' | 'missing';

/**
 * What a requirement row asks for: a competency (read from a person's ratings) or
 * vakkennis with scope `function` (read from a person's expertise levels). Both are
 * counted among the function's own members in exactly the same way.
 */
export type RequirementKind = 'competency' | 'expertise';

export interface RequirementCoverage {
  kind: RequirementKind;
  /** The key of what is asked: a competency key, or an expertise key when `kind` is `expertise`. */
  competency: string;
  /** Minimum level on the 0-4 scale. */
  level: number;
  minPeople: number;
  /** Distinct members of the function rated at or above `level` (a missing rating counts as 0). */
  qualified: number;
  /** Those members, in the plan's order of professionals. */
  qualifiedIds: string[];
  status: RequirementStatus;
  /** max(0, level - best); equals `level` when the function has no members. */
  shortfall: number;
  /** Covered, but by exactly one person: one departure away from a gap. */
  thin: boolean;
  /** Best rating (or expertise level) among the function's members (0 without members). */
  best: number;
}

export interface FunctionCoverage {
  id: string;
  name: string;
  placement: 'team' | 'shell';
  /** Placed in the specialist shell: asks nothing of the team and is never a gap. */
  inShell: boolean;
  /**
   * Covered requirements / requirements; 1 without requirements and for shell functions.
   * Requirements are the competency rows, then the function-scope expertise rows.
   */
  coverage: number;
  hoursRequired: number;
  hoursAllocated: number;
  /** Professionals assigned to the function, in the plan's order of professionals. */
  memberIds: string[];
  requirements: RequirementCoverage[];
}

export interface ProfessionalLoad {
  id: string;
  contractHours: number;
  hoursAllocated: number;
  overAllocated: boolean;
  /** Functions the professional is assigned to, in the plan's order of functions. */
  functionIds: string[];
}

export interface CompetencyProfileEntry {
  competency: string;
  /** Best rating among the team's members (0 when the team has no members). */
  best: number;
  /** How many members sit at each level 0..4; a missing rating counts as 0. */
  countsByLevel: [number, number, number, number, number];
  /** Highest level any in-team function requires for this competency; null when none does. */
  requiredLevel: number | null;
  /** Members rated at or above requiredLevel (or at or above 2, "competent", when nothing requires it). */
  holders: string[];
  /** Required by the team and held at the required level by exactly one member. */
  singlePerson: boolean;
}

export type ExpertiseStatus = 'team' | 'shell' | 'missing';

export interface ExpertiseCoverage {
  key: string;
  /**
   * `team`: at least one member brings it. `shell`: no member brings it, but only shell
   * functions ask for it, so the team refers. `missing`: an in-team function asks for it
   * and no member brings it.
   */
  status: ExpertiseStatus;
  /**
   * Members who bring this expertise at `requiredLevel` or above (any level when nothing
   * in the team asks for it), in the plan's order of professionals.
   */
  holders: string[];
  /** Functions that ask for it, in the plan's order of functions. */
  requiredBy: string[];
  /** Highest level an in-team function asks for it (either scope); null when no in-team function does. */
  requiredLevel: number | null;
  /** Most people an in-team function asks to hold it anywhere in the team (scope `team`); 0 when none. */
  requiredPeople: number;
}

export interface CoverageReport {
  teamCoverage: number;
  requirementsTotal: number;
  requirementsCovered: number;
  functions: FunctionCoverage[];
  professionals: ProfessionalLoad[];
  overAllocated: string[];
  /** Professionals with at least one assignment, in the plan's order. The rest of the pool are candidates. */
  memberIds: string[];
  profile: CompetencyProfileEntry[];
  expertise: ExpertiseCoverage[];
  /** Sum over in-team functions. */
  hoursRequired: number;
  /** Sum over in-team functions. */
  hoursAllocated: number;
}

export type AdviceSeverity = 'info' | 'warning' | 'critical';

export interface Advice {
  rule: string;
  severity: AdviceSeverity;
  /** The advice in no language yet: render it with the translator of the screen's language. */
  message: Message;
  subject?: { kind: 'team' | 'function' | 'professional'; id: string };
}

export interface GapCandidate {
  professionalId: string;
  /** Requirements of the function that would become covered if this person joined it. */
  newlyCovered: number;
  /** Contract hours not yet assigned (never below 0). */
  hoursAvailable: number;
  /**
   * Whether the person can take a new assignment of MIN_ASSIGNMENT_HOURS without going over
   * their contract (`hasRoomFor`). Candidates without room come after all who have it.
   */
  hasRoom: boolean;
  /** The candidate's rating for the gap's competency (their expertise level for an expertise gap). */
  rating: number;
}

export interface GapSuggestion {
  functionId: string;
  kind: RequirementKind;
  /** The competency key, or the expertise key when `kind` is `expertise`. */
  competency: string;
  status: RequirementStatus;
  candidates: GapCandidate[];
}

export interface Addition {
  professionalId: string;
  functionId: string;
  newlyCovered: number;
  /** Hours the person could give to the function: min(hours still free, hours the function still lacks). */
  suggestedHours: number;
  teamCoverageAfter: number;
}

interface StatusChange {
  functionId: string;
  kind: RequirementKind;
  /** The competency key, or the expertise key when `kind` is `expertise`. */
  competency: string;
  from: RequirementStatus;
  to: RequirementStatus;
}

export interface LeavingImpact {
  professionalId: string;
  /** In-team requirements whose status gets worse. */
  lost: StatusChange[];
  /** Requirements that stay covered but now rest on one person. */
  becomeThin: { functionId: string; kind: RequirementKind; competency: string }[];
  teamCoverageBefore: number;
  teamCoverageAfter: number;
}

/**
 * A requirement's status in the JSON report. A function placed in the shell asks nothing
 * of the team, so its requirements are `inShell`, never `missing`: a consumer counting
 * gaps must not count the shell.
 */
type JsonRequirementStatus = RequirementStatus | 'inShell';

export interface JsonRequirement {
  competency: string;
  level: number;
  minPeople: number;
  qualified: number;
  status: JsonRequirementStatus;
  shortfall: number;
  thin: boolean;
}

/** A function-scope expertise requirement in the JSON report: a JsonRequirement naming an expertise. */
export interface JsonExpertiseRequirement extends Omit<JsonRequirement, 'competency'> {
  expertise: string;
}

interface JsonFunction {
  id: string;
  name: string;
  placement: 'team' | 'shell';
  coverage: number;
  hoursRequired: number;
  hoursAllocated: number;
  members: string[];
  requirements: JsonRequirement[];
  /**
   * Expertise asked of the function's own members (scope `function`), counted in
   * `coverage` like the competency requirements. Absent when the function has none, so
   * reports of plans without them keep their exact bytes.
   */
  expertiseRequirements?: JsonExpertiseRequirement[];
}

/** The expertise list in the JSON report: the documented version 1 fields. */
type JsonExpertise = Pick<ExpertiseCoverage, 'key' | 'status' | 'holders' | 'requiredBy'>;

/** A gap in the JSON report names either a competency or (function-scope) expertise. */
export type JsonGapSuggestion = Omit<GapSuggestion, 'kind' | 'competency'> &
  ({ competency: string } | { expertise: string });

type JsonStatusChange = Omit<StatusChange, 'kind' | 'competency'> & ({ competency: string } | { expertise: string });

export interface JsonLeavingImpact extends Omit<LeavingImpact, 'lost' | 'becomeThin'> {
  lost: JsonStatusChange[];
  becomeThin: ({ functionId: string } & ({ competency: string } | { expertise: string }))[];
}

/** Advice in the JSON report: the documented `{ nl, en }` text instead of a catalogue key. */
export interface JsonAdvice extends Omit<Advice, 'message'> {
  message: LocalText;
}

/**
 * A person's load in the JSON report. `overAllocated` counts hours in other teams;
 * `hoursInOtherTeams` is there only when the plan file carries them (docs/coverage.md).
 */
interface JsonProfessional extends ProfessionalLoad {
  hoursInOtherTeams?: number;
}

/** The stable machine-readable report of `npm run report -- plan.json --json`. */
export interface JsonReport {
  format: 'wijkteam-report';
  version: 1;
  /** The date assessments were judged against (YYYY-MM-DD), or null when not given. */
  today: string | null;
  team: { id: string; name: string; organisationType: string; model: string };
  teamCoverage: number;
  requirementsTotal: number;
  requirementsCovered: number;
  hoursRequired: number;
  hoursAllocated: number;
  functions: JsonFunction[];
  overAllocated: string[];
  professionals: JsonProfessional[];
  profile: CompetencyProfileEntry[];
  expertise: JsonExpertise[];
  advice: JsonAdvice[];
  suggestions: JsonGapSuggestion[];
  bestAdditions: Addition[];
  /** What each member's departure would cost, most harmful first. */
  departures: JsonLeavingImpact[];
}
