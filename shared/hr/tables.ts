import type { Lang } from '../domain/text.js';
import { adviceAbout } from '../engine/advice/index.js';
import { coverageText, shownTeamCoverage } from '../engine/shownCoverage.js';
import { textIn } from '../i18n/bothLanguages.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { SpreadsheetDay } from '../i18n/dateText.js';
import { translator, type Translator } from '../i18n/translator.js';
import { SEVERITY_KEY } from '../i18n/vocabulary.js';
import { assessmentAgeText } from './assessmentAge.js';
import { cellSentence } from './cellSentence.js';
import { memoTranslator } from './memoTranslator.js';
import { toFte } from './fte.js';
import { disciplineName, modelName, organisationTypeName, positioningName } from './names.js';
import type { GapSeverity, HrCell, HrOverview, HrTeamRow, MixEntry, TeamRef } from './types.js';

/**
 * The HR lists as plain tables for export, in the language asked for (Dutch by default,
 * what HR and the municipality read): column names, sheet names and words from the
 * message catalogue, statuses and severities from the vocabulary, values as numbers
 * where a spreadsheet should compute with them. The XLSX and CSV writers only lay these
 * out, so both formats say the same thing.
 */

export const HR_LISTS = ['teams', 'matrix', 'overAllocated', 'assessments', 'singlePerson', 'advice'] as const;
export type HrList = (typeof HR_LISTS)[number];

/** A cell: words, a number, a calendar day (a date cell in the XLSX, the ISO day in a CSV) or empty. */
type HrValue = string | number | SpreadsheetDay | null;

export interface HrTable {
  list: HrList;
  /** Sheet name (Excel allows at most 31 characters) and file-name stem. */
  title: string;
  columns: string[];
  rows: HrValue[][];
  /** For the matrix: the severity of each cell, so the XLSX writer can colour it; null elsewhere. */
  severities: (GapSeverity | null)[][] | null;
}

const TITLE_KEY: Record<HrList, MessageKey> = {
  teams: 'hrExport.sheet.teams',
  matrix: 'hrExport.sheet.matrix',
  overAllocated: 'hrExport.sheet.overAllocated',
  assessments: 'hrExport.sheet.assessments',
  singlePerson: 'hrExport.sheet.singlePerson',
  advice: 'hrExport.sheet.advice',
};

const TEAM_COLUMNS: readonly MessageKey[] = [
  'hrExport.col.team',
  'hrExport.col.scenario',
  'hrExport.col.area',
  'hrExport.col.model',
  'hrExport.col.organisationType',
  'hrExport.col.positioning',
  'hrExport.col.teamCoverage',
  'hrExport.col.requirementsCovered',
  'hrExport.col.requirementsTotal',
  'hrExport.col.hoursRequired',
  'hrExport.col.hoursAllocated',
  'hrExport.col.fteRequired',
  'hrExport.col.fteAllocated',
  'hrExport.col.members',
  'hrExport.col.disciplines',
  'hrExport.col.organisations',
  'hrExport.col.openAdvice',
];
const OVER_ALLOCATED_COLUMNS: readonly MessageKey[] = [
  'hrExport.col.name',
  'hrExport.col.discipline',
  'hrExport.col.organisation',
  'hrExport.col.contractHours',
  'hrExport.col.hoursAllocated',
  'hrExport.col.excess',
  'hrExport.col.teamHours',
];
const ASSESSMENT_COLUMNS: readonly MessageKey[] = [
  'hrExport.col.name',
  'hrExport.col.discipline',
  'hrExport.col.organisation',
  'hrExport.col.assessedOn',
  'hrExport.col.monthsAgo',
  'hrExport.col.reason',
  'hrExport.col.teams',
];
const SINGLE_PERSON_COLUMNS: readonly MessageKey[] = [
  'hrExport.col.team',
  'hrExport.col.scenario',
  'hrExport.col.competency',
  'hrExport.col.requiredLevel',
  'hrExport.col.holder',
];
const ADVICE_COLUMNS: readonly MessageKey[] = [
  'hrExport.col.team',
  'hrExport.col.scenario',
  'hrExport.col.severity',
  'hrExport.col.rule',
  'hrExport.col.advice',
];

function ruleAboutText(rule: string, tr: Translator): string {
  const about = adviceAbout(rule);
  return about ? tr.render(about) : rule;
}

function percent(value: number): number {
  return Math.round(value * 1000) / 10;
}

/** A number Excel can sum and sort, or the words when the team asks nothing (shared/engine/shownCoverage.ts). */
function coverageCell(row: Pick<HrTeamRow, 'teamCoverage' | 'requirementsTotal'>, tr: Translator): number | string {
  const shown = shownTeamCoverage(row);
  return shown.kind === 'asked' ? percent(shown.share) : tr.render(coverageText(shown));
}

/** The words of one language for the table's cells. */
function cellWords(tr: Translator) {
  const scenario = (ref: Pick<TeamRef, 'isMain' | 'scenarioName'>): string =>
    ref.isMain ? tr.t('hrExport.mainScenario') : ref.scenarioName;
  return {
    columns: (keys: readonly MessageKey[]): string[] => keys.map((key) => tr.t(key)),
    scenario,
    mix: (mix: readonly MixEntry[], name: (key: string) => string): string =>
      mix.map((m) => tr.t('hrExport.mixEntry', { name: name(m.key), people: m.people })).join(', '),
    teams: (refs: readonly TeamRef[]): string =>
      refs
        .map((r) =>
          r.isMain ? r.teamName : tr.t('hrExport.teamWithScenario', { team: r.teamName, scenario: r.scenarioName }),
        )
        .join(', '),
  };
}

/**
 * Matrix sentences already worded, per language, by cell. The cells are the objects the
 * store process keeps with its analyses (never changed once made), so a second export of
 * unchanged teams words no cell again, while a team analysed anew brings new cells and so
 * new words. Weak: the words go when the analyses go.
 */
const wordedCells: Record<Lang, WeakMap<HrCell, string>> = { nl: new WeakMap(), en: new WeakMap() };

function cellText(cell: HrCell, tr: Translator): string {
  const known = wordedCells[tr.lang];
  let text = known.get(cell);
  if (text === undefined) {
    const sentence = cellSentence(cell);
    text = sentence === null ? '' : tr.render(sentence);
    known.set(cell, text);
  }
  return text;
}

function hrTable(overview: HrOverview, list: HrList, tr: Translator): HrTable {
  const lang = tr.lang;
  const words = cellWords(tr);
  const base = { list, title: tr.t(TITLE_KEY[list]), severities: null };
  const competencyName = (key: string) => overview.competencies.find((c) => c.key === key)?.name[lang] ?? key;
  switch (list) {
    case 'teams':
      return {
        ...base,
        columns: words.columns(TEAM_COLUMNS),
        rows: overview.rows.map((r) => [
          r.teamName,
          words.scenario(r),
          r.area,
          modelName(r.model, lang),
          organisationTypeName(r.organisationType, lang),
          positioningName(r.positioning, lang),
          coverageCell(r, tr),
          r.requirementsCovered,
          r.requirementsTotal,
          r.hoursRequired,
          r.hoursAllocated,
          toFte(r.hoursRequired),
          toFte(r.hoursAllocated),
          r.members,
          words.mix(r.disciplines, (k) => disciplineName(k, lang)),
          words.mix(r.organisations, (k) => k || tr.t('hrExport.unknownOrganisation')),
          r.openAdvice,
        ]),
      };
    case 'matrix':
      return {
        ...base,
        columns: [
          ...words.columns(['hrExport.col.team', 'hrExport.col.scenario', 'hrExport.col.teamCoverage']),
          ...overview.competencies.map((c) => c.name[lang]),
        ],
        rows: overview.rows.map((r) => [
          r.teamName,
          words.scenario(r),
          coverageCell(r, tr),
          ...r.cells.map((c) => cellText(c, tr)),
        ]),
        severities: overview.rows.map((r) => [null, null, null, ...r.cells.map((c) => c.severity)]),
      };
    case 'overAllocated':
      return {
        ...base,
        columns: words.columns(OVER_ALLOCATED_COLUMNS),
        rows: overview.overAllocated.map((p) => [
          p.name,
          disciplineName(p.discipline, lang),
          p.organisation,
          p.contractHours,
          p.hoursAllocated,
          p.excess,
          p.assignments.map((a) => tr.t('hrExport.teamHours', { team: a.teamName, hours: a.hours })).join(', '),
        ]),
      };
    case 'assessments':
      return {
        ...base,
        columns: words.columns(ASSESSMENT_COLUMNS),
        rows: overview.assessments.map((p) => [
          p.name,
          disciplineName(p.discipline, lang),
          p.organisation,
          p.assessedOn === null ? null : { isoDay: p.assessedOn, lang },
          p.age === null ? null : tr.render(assessmentAgeText(p.age)),
          tr.t(p.reason === 'missing' ? 'hrExport.neverAssessed' : 'hrExport.assessmentOutdated'),
          words.teams(p.teams),
        ]),
      };
    case 'singlePerson':
      return {
        ...base,
        columns: words.columns(SINGLE_PERSON_COLUMNS),
        rows: overview.singlePerson.map((s) => [
          s.teamName,
          words.scenario(s),
          competencyName(s.competency),
          s.requiredLevel,
          s.holderName,
        ]),
      };
    case 'advice':
      return {
        ...base,
        columns: words.columns(ADVICE_COLUMNS),
        rows: overview.advice.map((a) => [
          a.teamName,
          words.scenario(a),
          tr.t(SEVERITY_KEY[a.severity]),
          // What the rule checks and its source, as the board shows beside the advice; not the rule's internal id.
          ruleAboutText(a.rule, tr),
          textIn(lang, a.message),
        ]),
      };
  }
}

/**
 * `words` is the translator (in `lang`) the cells are worded with: an export made in steps
 * passes one for all its steps, so each message shape is learnt once (see memoTranslator).
 */
export function hrTables(
  overview: HrOverview,
  lists: readonly HrList[] = HR_LISTS,
  lang: Lang = 'nl',
  words: Translator = memoTranslator(translator(lang)),
): HrTable[] {
  return lists.map((list) => hrTable(overview, list, words));
}
