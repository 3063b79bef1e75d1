import type { LocalText } from '../domain/text.js';
import { bothLanguagesOf } from '../i18n/bothLanguages.js';

/**
 * The choices a team leader makes before anyone is placed: organisation type, model,
 * positioning, age groups and the three design questions. Keys are stable (they are
 * stored and exchanged in plan files); texts are ours, after docs/domain.md, and live in the
 * message catalogue (shared/i18n/locales/{nl,en}/catalogueData.ts).
 */

export const ORGANISATION_TYPES = ['samenwerkingsverband', 'geintegreerd', 'integraal'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ORGANISATION_TYPE_INFO: Record<OrganisationType, { name: LocalText; summary: LocalText }> = {
  samenwerkingsverband: {
    name: bothLanguagesOf('cat.orgType.samenwerkingsverband.name'),
    summary: bothLanguagesOf('cat.orgType.samenwerkingsverband.summary'),
  },
  geintegreerd: {
    name: bothLanguagesOf('cat.orgType.geintegreerd.name'),
    summary: bothLanguagesOf('cat.orgType.geintegreerd.summary'),
  },
  integraal: {
    name: bothLanguagesOf('cat.orgType.integraal.name'),
    summary: bothLanguagesOf('cat.orgType.integraal.summary'),
  },
};

export const TEAM_MODELS = ['A1', 'A2', 'domain', 'targetGroup'] as const;
export type TeamModel = (typeof TEAM_MODELS)[number];

interface TeamModelInfo {
  name: LocalText;
  summary: LocalText;
  /** Share of Dutch municipalities using this model in 2017, where known. */
  share2017: number | null;
  pros: readonly LocalText[];
  cons: readonly LocalText[];
}

export const TEAM_MODEL_INFO: Record<TeamModel, TeamModelInfo> = {
  A1: {
    name: bothLanguagesOf('cat.teamModel.A1.name'),
    summary: bothLanguagesOf('cat.teamModel.A1.summary'),
    share2017: 0.42,
    pros: [
      bothLanguagesOf('cat.teamModel.A1.pro1'),
      bothLanguagesOf('cat.teamModel.A1.pro2'),
      bothLanguagesOf('cat.teamModel.A1.pro3'),
    ],
    cons: [bothLanguagesOf('cat.teamModel.A1.con1'), bothLanguagesOf('cat.teamModel.A1.con2')],
  },
  A2: {
    name: bothLanguagesOf('cat.teamModel.A2.name'),
    summary: bothLanguagesOf('cat.teamModel.A2.summary'),
    share2017: 0.2,
    pros: [
      bothLanguagesOf('cat.teamModel.A2.pro1'),
      bothLanguagesOf('cat.teamModel.A2.pro2'),
      bothLanguagesOf('cat.teamModel.A2.pro3'),
    ],
    cons: [
      bothLanguagesOf('cat.teamModel.A2.con1'),
      bothLanguagesOf('cat.teamModel.A2.con2'),
      bothLanguagesOf('cat.teamModel.A2.con3'),
    ],
  },
  domain: {
    name: bothLanguagesOf('cat.teamModel.domain.name'),
    summary: bothLanguagesOf('cat.teamModel.domain.summary'),
    share2017: null,
    pros: [bothLanguagesOf('cat.teamModel.domain.pro1')],
    cons: [bothLanguagesOf('cat.teamModel.domain.con1')],
  },
  targetGroup: {
    name: bothLanguagesOf('cat.teamModel.targetGroup.name'),
    summary: bothLanguagesOf('cat.teamModel.targetGroup.summary'),
    share2017: null,
    pros: [bothLanguagesOf('cat.teamModel.targetGroup.pro1')],
    cons: [bothLanguagesOf('cat.teamModel.targetGroup.con1')],
  },
};

export const POSITIONINGS = ['municipality', 'singleProvider', 'consortium'] as const;
export type Positioning = (typeof POSITIONINGS)[number];

export const POSITIONING_INFO: Record<Positioning, { name: LocalText }> = {
  municipality: { name: bothLanguagesOf('cat.positioning.municipality') },
  singleProvider: { name: bothLanguagesOf('cat.positioning.singleProvider') },
  consortium: { name: bothLanguagesOf('cat.positioning.consortium') },
};

export const AGE_GROUPS = ['youth', 'adults', 'elderly'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const AGE_GROUP_INFO: Record<AgeGroup, { name: LocalText }> = {
  youth: { name: bothLanguagesOf('cat.ageGroup.youth') },
  adults: { name: bothLanguagesOf('cat.ageGroup.adults') },
  elderly: { name: bothLanguagesOf('cat.ageGroup.elderly') },
};

/** Answers to the three design questions. Structured so advice can reason about them; notes are free text. */
export const BREADTH_SCOPES = ['all', 'focused'] as const;
export type BreadthScope = (typeof BREADTH_SCOPES)[number];
export const DEPTH_MODES = ['solve', 'signalAndRefer'] as const;
export type DepthMode = (typeof DEPTH_MODES)[number];
export const INTEGRATION_MODES = ['ownOrganisation', 'seconded', 'mandated'] as const;
export type IntegrationMode = (typeof INTEGRATION_MODES)[number];

export const DESIGN_QUESTIONS = {
  breadth: {
    question: bothLanguagesOf('cat.design.breadth.question'),
    help: bothLanguagesOf('cat.design.breadth.help'),
    options: {
      all: bothLanguagesOf('cat.design.breadth.option.all'),
      focused: bothLanguagesOf('cat.design.breadth.option.focused'),
    } satisfies Record<BreadthScope, LocalText>,
  },
  depth: {
    question: bothLanguagesOf('cat.design.depth.question'),
    help: bothLanguagesOf('cat.design.depth.help'),
    options: {
      solve: bothLanguagesOf('cat.design.depth.option.solve'),
      signalAndRefer: bothLanguagesOf('cat.design.depth.option.signalAndRefer'),
    } satisfies Record<DepthMode, LocalText>,
  },
  integration: {
    question: bothLanguagesOf('cat.design.integration.question'),
    help: bothLanguagesOf('cat.design.integration.help'),
    options: {
      ownOrganisation: bothLanguagesOf('cat.design.integration.option.ownOrganisation'),
      seconded: bothLanguagesOf('cat.design.integration.option.seconded'),
      mandated: bothLanguagesOf('cat.design.integration.option.mandated'),
    } satisfies Record<IntegrationMode, LocalText>,
  },
} as const;

/**
 * Which questions reach the team and how they arrive. This is what separates A1 (all
 * questions, residents come directly) from A2 (complex and multiple questions, referred
 * by the voorliggend veld and the first line); neither is a matter of age or breadth.
 */
export const QUESTION_REACH = ['all', 'complex'] as const;
type QuestionReach = (typeof QUESTION_REACH)[number];
export const QUESTION_ARRIVAL = ['direct', 'referred', 'both'] as const;
type QuestionArrival = (typeof QUESTION_ARRIVAL)[number];

export const QUESTION_REACH_INFO: Record<QuestionReach, { name: LocalText }> = {
  all: { name: bothLanguagesOf('setup.reach.all') },
  complex: { name: bothLanguagesOf('setup.reach.complex') },
};
export const QUESTION_ARRIVAL_INFO: Record<QuestionArrival, { name: LocalText }> = {
  direct: { name: bothLanguagesOf('setup.arrival.direct') },
  referred: { name: bothLanguagesOf('setup.arrival.referred') },
  both: { name: bothLanguagesOf('setup.arrival.both') },
};

/** Whom the team's own leidinggevende answers to (the sources: the municipality and/or the consortium). */
export const ACCOUNTABILITIES = ['municipality', 'consortium', 'both'] as const;
type Accountability = (typeof ACCOUNTABILITIES)[number];
export const ACCOUNTABILITY_INFO: Record<Accountability, { name: LocalText }> = {
  municipality: { name: bothLanguagesOf('setup.accountableTo.municipality') },
  consortium: { name: bothLanguagesOf('setup.accountableTo.consortium') },
  both: { name: bothLanguagesOf('setup.accountableTo.both') },
};

/** Kinds of partners in the voorliggend veld: they refer cases to the team, unlike the schil the team refers to. */
export const FRONT_FIELD_KINDS = ['firstLine', 'welfareDesk', 'gp', 'school', 'volunteers', 'other'] as const;
type FrontFieldKind = (typeof FRONT_FIELD_KINDS)[number];
export const FRONT_FIELD_KIND_INFO: Record<FrontFieldKind, { name: LocalText }> = {
  firstLine: { name: bothLanguagesOf('setup.frontFieldKind.firstLine') },
  welfareDesk: { name: bothLanguagesOf('setup.frontFieldKind.welfareDesk') },
  gp: { name: bothLanguagesOf('setup.frontFieldKind.gp') },
  school: { name: bothLanguagesOf('setup.frontFieldKind.school') },
  volunteers: { name: bothLanguagesOf('setup.frontFieldKind.volunteers') },
  other: { name: bothLanguagesOf('setup.frontFieldKind.other') },
};

/**
 * An expertise requirement counts either among the function's own members (like a
 * competency requirement) or anywhere in the team (the meaning every expertise entry had
 * in plan format 1: "the team must have this knowledge at hand").
 */
export const EXPERTISE_SCOPES = ['function', 'team'] as const;
type ExpertiseScope = (typeof EXPERTISE_SCOPES)[number];
export const EXPERTISE_SCOPE_INFO: Record<ExpertiseScope, { name: LocalText }> = {
  function: { name: bothLanguagesOf('setup.expertiseScope.function') },
  team: { name: bothLanguagesOf('setup.expertiseScope.team') },
};
