import type { LocalText } from '../domain/text.js';
import { bothLanguagesOf } from '../i18n/bothLanguages.js';
import { hu2014, movisie2017, type SourceRef, type SourcedText } from './sources.js';

/**
 * The choices a team leader makes before anyone is placed: organisation type, model,
 * positioning, age groups and the three design questions. Keys are stable (they are
 * stored and exchanged in plan files); texts are our own words and live in the message
 * catalogue (shared/i18n/locales/{nl,en}/catalogueData.ts). Every statement about a model,
 * an organisation type or a design question carries its source (./sources.ts): what the
 * sources do not say, the planner does not claim.
 */

export const ORGANISATION_TYPES = ['samenwerkingsverband', 'geintegreerd', 'integraal'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** The three organisation types of the 2014 article, each summarised in our words with its source. */
export const ORGANISATION_TYPE_INFO: Record<OrganisationType, { name: LocalText; summary: SourcedText }> = {
  samenwerkingsverband: {
    name: bothLanguagesOf('cat.orgType.samenwerkingsverband.name'),
    summary: { text: bothLanguagesOf('cat.orgType.samenwerkingsverband.summary'), source: hu2014('models') },
  },
  geintegreerd: {
    name: bothLanguagesOf('cat.orgType.geintegreerd.name'),
    summary: { text: bothLanguagesOf('cat.orgType.geintegreerd.summary'), source: hu2014('models') },
  },
  integraal: {
    name: bothLanguagesOf('cat.orgType.integraal.name'),
    summary: { text: bothLanguagesOf('cat.orgType.integraal.summary'), source: hu2014('models') },
  },
};

export const TEAM_MODELS = ['A1', 'A2', 'domain', 'targetGroup'] as const;
export type TeamModel = (typeof TEAM_MODELS)[number];

/** A pro or con as the source gives it, with the source's own reservation where it makes one. */
export interface ModelStatement extends SourcedText {
  caveat: SourcedText | null;
}

interface TeamModelInfo {
  name: LocalText;
  summary: SourcedText;
  /** Share of Dutch municipalities that chose this model, as the 2017 article words it; null where it gives none. */
  share2017: { value: number; text: LocalText; source: SourceRef } | null;
  /**
   * Pros and cons exactly as far as the sources give them. Empty for models the sources
   * give none for; `noneInSources` then says so (the user may write their own).
   */
  pros: readonly ModelStatement[];
  cons: readonly ModelStatement[];
  noneInSources: SourcedText | null;
}

const a1 = movisie2017('a1');
const a2 = movisie2017('a2');
const plain = (key: Parameters<typeof bothLanguagesOf>[0], source: SourceRef): ModelStatement => ({
  text: bothLanguagesOf(key),
  source,
  caveat: null,
});
const NONE_IN_SOURCES: SourcedText = {
  text: bothLanguagesOf('cat.teamModel.noneInSources'),
  source: movisie2017('closing'),
};

export const TEAM_MODEL_INFO: Record<TeamModel, TeamModelInfo> = {
  A1: {
    name: bothLanguagesOf('cat.teamModel.A1.name'),
    summary: { text: bothLanguagesOf('cat.teamModel.A1.summary'), source: a1 },
    share2017: { value: 0.42, text: bothLanguagesOf('cat.teamModel.A1.share'), source: a1 },
    pros: [plain('cat.teamModel.A1.pro1', a1), plain('cat.teamModel.A1.pro2', a1), plain('cat.teamModel.A1.pro3', a1)],
    cons: [plain('cat.teamModel.A1.con1', a1), plain('cat.teamModel.A1.con2', a1)],
    noneInSources: null,
  },
  A2: {
    name: bothLanguagesOf('cat.teamModel.A2.name'),
    summary: { text: bothLanguagesOf('cat.teamModel.A2.summary'), source: a2 },
    share2017: { value: 0.2, text: bothLanguagesOf('cat.teamModel.A2.share'), source: a2 },
    pros: [
      plain('cat.teamModel.A2.pro1', a2),
      plain('cat.teamModel.A2.pro2', a2),
      {
        text: bothLanguagesOf('cat.teamModel.A2.pro3'),
        source: a2,
        caveat: { text: bothLanguagesOf('cat.teamModel.A2.pro3.caveat'), source: a2 },
      },
    ],
    cons: [plain('cat.teamModel.A2.con1', a2), plain('cat.teamModel.A2.con2', a2), plain('cat.teamModel.A2.con3', a2)],
    noneInSources: null,
  },
  domain: {
    name: bothLanguagesOf('cat.teamModel.domain.name'),
    summary: { text: bothLanguagesOf('cat.teamModel.domain.summary'), source: hu2014('functions') },
    share2017: null,
    pros: [],
    cons: [],
    noneInSources: NONE_IN_SOURCES,
  },
  targetGroup: {
    name: bothLanguagesOf('cat.teamModel.targetGroup.name'),
    summary: { text: bothLanguagesOf('cat.teamModel.targetGroup.summary'), source: hu2014('functions') },
    share2017: null,
    pros: [],
    cons: [],
    noneInSources: NONE_IN_SOURCES,
  },
};

export const POSITIONINGS = ['municipality', 'singleProvider', 'consortium'] as const;
export type Positioning = (typeof POSITIONINGS)[number];

/** Who runs the team: the 2017 article names these choices of the municipality. */
export const POSITIONING_SOURCE: SourceRef = movisie2017('introduction');
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

/** The 2014 article's three questions; the help texts paraphrase it and name it as their source. */
export const DESIGN_QUESTIONS = {
  breadth: {
    question: bothLanguagesOf('cat.design.breadth.question'),
    help: { text: bothLanguagesOf('cat.design.breadth.help'), source: hu2014('designQuestions') } as SourcedText,
    options: {
      all: bothLanguagesOf('cat.design.breadth.option.all'),
      focused: bothLanguagesOf('cat.design.breadth.option.focused'),
    } satisfies Record<BreadthScope, LocalText>,
  },
  depth: {
    question: bothLanguagesOf('cat.design.depth.question'),
    help: { text: bothLanguagesOf('cat.design.depth.help'), source: hu2014('designQuestions') } as SourcedText,
    options: {
      solve: bothLanguagesOf('cat.design.depth.option.solve'),
      signalAndRefer: bothLanguagesOf('cat.design.depth.option.signalAndRefer'),
    } satisfies Record<DepthMode, LocalText>,
  },
  integration: {
    question: bothLanguagesOf('cat.design.integration.question'),
    help: { text: bothLanguagesOf('cat.design.integration.help'), source: hu2014('designQuestions') } as SourcedText,
    options: {
      ownOrganisation: bothLanguagesOf('cat.design.integration.option.ownOrganisation'),
      seconded: bothLanguagesOf('cat.design.integration.option.seconded'),
      mandated: bothLanguagesOf('cat.design.integration.option.mandated'),
    } satisfies Record<IntegrationMode, LocalText>,
  },
  /** Not one of the 2014 questions: the 2017 article's axis between A1 and A2. */
  questions: {
    reachQuestion: bothLanguagesOf('cat.design.questions.reach'),
    arrivalQuestion: bothLanguagesOf('cat.design.questions.arrival'),
    help: { text: bothLanguagesOf('cat.design.questions.help'), source: movisie2017('introduction') } as SourcedText,
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
