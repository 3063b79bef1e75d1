import type { LocalText } from '../domain/text.js';
import type { AgeGroup, OrganisationType, TeamModel } from '../catalogue/teamDesign.js';
import type { LifeDomain } from '../catalogue/lifeDomains.js';
import type { RequirementStatus } from '../engine/types.js';

/**
 * An area (wijk) as HR and the municipality look at it: every team whose `area` names the
 * same place, side by side, and what they do together. The sources describe a "third
 * prototype" of several fairly narrow teams in one wijk, each mandated on its own terrain;
 * whether such teams together leave a gap, or claim the same terrain twice, only shows
 * across the teams. Plain data (no Maps, no functions), so it can be printed, exported
 * and sent between processes as it is.
 */

/** Where a team's terrain comes from: its mandate, or (without one) the life domains its in-team functions serve. */
export type TerrainSource = 'mandate' | 'functions';

export interface AreaTeam {
  teamId: string;
  scenarioId: string;
  name: string;
  model: TeamModel;
  organisationType: OrganisationType;
  ageGroups: AgeGroup[];
  targetGroups: string[];
  /** The life domains the team is mandated on (team.mandate), in the catalogue's order. */
  mandate: LifeDomain[];
  /** The terrain used for overlaps: the mandate, or without one the domains of the in-team functions. */
  terrain: LifeDomain[];
  terrainSource: TerrainSource;
  /** The engine's numbers for this team (computeCoverage of its main scenario). */
  teamCoverage: number;
  requirementsCovered: number;
  requirementsTotal: number;
  members: number;
  hoursRequired: number;
  hoursAllocated: number;
}

/** A team fulfilling a function itself (in-team), with the people doing it. */
interface FunctionHolder {
  teamId: string;
  members: number;
  hoursAllocated: number;
}

export interface AreaFunction {
  /** The template key, or for a function made from scratch its name in lower case. */
  key: string;
  templateKey: string | null;
  /** The name as the first team that has it calls it, in both languages (`functionText`). */
  name: LocalText;
  /** Teams that fulfil it in-team, with at least the function placed there. */
  inTeam: FunctionHolder[];
  /** Teams that leave it to the specialist shell. */
  inShell: string[];
}

interface CompetencyInTeam {
  teamId: string;
  /** Highest level an in-team function of this team asks for; null when none does. */
  requiredLevel: number | null;
  /** No in-team function asks it, but a shell function does: the team refers it to the shell. */
  askedInShell: boolean;
  /** Best rating among the team's members (engine profile). */
  best: number;
  /** Members at or above the required level (engine profile `holders`); 0 when nothing is required. */
  holdersAtRequired: number;
}

export interface AreaCompetency {
  competency: string;
  /** Best rating among all members of all teams of the area. */
  bestInArea: number;
  /** Teams whose own functions ask for it and that hold it at that level. */
  heldAtRequiredBy: string[];
  perTeam: CompetencyInTeam[];
}

export interface ExpertiseInTeam {
  teamId: string;
  /** Best level among the team's members; 0 when no member brings it. */
  bestLevel: number;
  /** Members at `atLevel` or above (the engine's `holders`, as the board counts them). */
  holders: number;
  /** The level `holders` counts from: the highest an in-team function asks, else 1 (any level). */
  atLevel: number;
  /** The engine's verdict for the team: in the team, only in the shell, or missing. */
  status: 'team' | 'shell' | 'missing' | null;
}

export interface AreaExpertise {
  key: string;
  bestInArea: number;
  perTeam: ExpertiseInTeam[];
}

/**
 * A requirement a team does not meet itself. `coveredBy` names the other teams of the
 * area that have someone at the level; empty means no team in the area covers it: a gap
 * of the area, not only of the team.
 */
export interface AreaGap {
  kind: 'competency' | 'expertise';
  teamId: string;
  functionId: string;
  /** In both languages (`functionText`). */
  functionName: LocalText;
  /** Competency key or expertise key. */
  subject: string;
  level: number;
  minPeople: number;
  /** The engine's status in the team (an expertise asked for and brought by nobody is `missing`). */
  status: RequirementStatus;
  coveredBy: string[];
}

/** Two teams claiming the same terrain for the same age group. */
export interface AreaOverlap {
  teamIds: [string, string];
  domains: LifeDomain[];
  ageGroups: AgeGroup[];
  /** Target groups both teams name (compared trimmed, ignoring case). */
  sharedTargetGroups: string[];
  /** `mandate` when both teams are mandated on the domains; otherwise at least one terrain comes from its functions. */
  basis: TerrainSource;
}

interface HoursInTeam {
  teamId: string;
  hours: number;
}

/** A person working in two or more teams of the area. */
export interface SharedPerson {
  professionalId: string;
  name: string;
  discipline: string;
  organisation: string;
  contractHours: number;
  perTeam: HoursInTeam[];
  hoursInArea: number;
  /** Hours in the main scenarios of ALL teams, also outside the area: the one over-allocation rule counts them all. */
  hoursInAllTeams: number;
  overAllocated: boolean;
}

export interface AreaView {
  /** The area's name: the spelling most of its teams use (areaName.ts). */
  area: string;
  teams: AreaTeam[];
  functions: AreaFunction[];
  competencies: AreaCompetency[];
  expertise: AreaExpertise[];
  gaps: AreaGap[];
  overlaps: AreaOverlap[];
  sharedPeople: SharedPerson[];
}

export interface AreaChoice {
  /** The area's name: the spelling most of its teams use (areaName.ts). */
  name: string;
  teams: number;
}
