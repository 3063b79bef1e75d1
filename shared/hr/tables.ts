import type { Lang } from '../domain/text.js';
import { toFte } from './fte.js';
import { disciplineName, modelName, organisationTypeName, positioningName, SEVERITY_NAMES } from './names.js';
import type { GapSeverity, HrOverview, MixEntry, TeamRef } from './types.js';

/**
 * The HR lists as plain tables for export: Dutch column names (what HR and the
 * municipality read), values as numbers where a spreadsheet should compute with them.
 * The XLSX and CSV writers only lay these out, so both formats say the same thing.
 */

export const HR_LISTS = ['teams', 'matrix', 'overAllocated', 'assessments', 'singlePerson', 'advice'] as const;
export type HrList = (typeof HR_LISTS)[number];

export type HrValue = string | number | null;

export interface HrTable {
  list: HrList;
  /** Sheet name (Excel allows at most 31 characters) and file-name stem. */
  title: string;
  columns: string[];
  rows: HrValue[][];
  /** For the matrix: the severity of each cell, so the XLSX writer can colour it; null elsewhere. */
  severities: (GapSeverity | null)[][] | null;
}

const TITLES: Record<HrList, string> = {
  teams: 'Teams',
  matrix: 'Competentiematrix',
  overAllocated: 'Overbelast',
  assessments: 'Beoordelingen',
  singlePerson: 'Eén persoon',
  advice: 'Open advies',
};

function percent(value: number): number {
  return Math.round(value * 1000) / 10;
}

function mixText(mix: readonly MixEntry[], name: (key: string) => string): string {
  return mix.map((m) => `${name(m.key)} (${m.people})`).join(', ');
}

function scenarioText(ref: Pick<TeamRef, 'isMain' | 'scenarioName'>): string {
  return ref.isMain ? 'Hoofdscenario' : ref.scenarioName;
}

function teamsText(refs: readonly TeamRef[]): string {
  return refs.map((r) => (r.isMain ? r.teamName : `${r.teamName} (${r.scenarioName})`)).join(', ');
}

export function hrTable(overview: HrOverview, list: HrList, lang: Lang = 'nl'): HrTable {
  const base = { list, title: TITLES[list], severities: null };
  switch (list) {
    case 'teams':
      return {
        ...base,
        columns: [
          'Team', 'Scenario', 'Gebied', 'Model', 'Organisatietype', 'Positionering', 'Teamdekking (%)', 'Eisen gedekt',
          'Eisen totaal', 'Uren nodig', 'Uren ingezet', 'Fte nodig', 'Fte ingezet', 'Leden', 'Disciplines',
          'Moederorganisaties', 'Open adviezen',
        ],
        rows: overview.rows.map((r) => [
          r.teamName, scenarioText(r), r.area, modelName(r.model, lang), organisationTypeName(r.organisationType, lang),
          positioningName(r.positioning, lang), percent(r.teamCoverage), r.requirementsCovered, r.requirementsTotal,
          r.hoursRequired, r.hoursAllocated, toFte(r.hoursRequired), toFte(r.hoursAllocated), r.members,
          mixText(r.disciplines, (k) => disciplineName(k, lang)), mixText(r.organisations, (k) => k || 'Onbekend'),
          r.openAdvice,
        ]),
      };
    case 'matrix':
      return {
        ...base,
        columns: ['Team', 'Scenario', 'Teamdekking (%)', ...overview.competencies.map((c) => c.name[lang])],
        rows: overview.rows.map((r) => [
          r.teamName,
          scenarioText(r),
          percent(r.teamCoverage),
          ...r.cells.map((c) =>
            c.severity === 'notRequired' ? '' : `${SEVERITY_NAMES[c.severity][lang]} (nodig ${c.requiredLevel}, beste ${c.best})`,
          ),
        ]),
        severities: overview.rows.map((r) => [null, null, null, ...r.cells.map((c) => c.severity)]),
      };
    case 'overAllocated':
      return {
        ...base,
        columns: ['Naam', 'Discipline', 'Moederorganisatie', 'Contracturen', 'Uren ingezet', 'Uren te veel', 'Teams (uren)'],
        rows: overview.overAllocated.map((p) => [
          p.name, disciplineName(p.discipline, lang), p.organisation, p.contractHours, p.hoursAllocated, p.excess,
          p.assignments.map((a) => `${a.teamName} (${a.hours})`).join(', '),
        ]),
      };
    case 'assessments':
      return {
        ...base,
        columns: ['Naam', 'Discipline', 'Moederorganisatie', 'Beoordeeld op', 'Maanden geleden', 'Reden', 'Teams'],
        rows: overview.assessments.map((p) => [
          p.name, disciplineName(p.discipline, lang), p.organisation, p.assessedOn, p.ageMonths,
          p.reason === 'missing' ? 'Nooit beoordeeld' : 'Beoordeling verouderd', teamsText(p.teams),
        ]),
      };
    case 'singlePerson':
      return {
        ...base,
        columns: ['Team', 'Scenario', 'Competentie', 'Vereist niveau', 'Enige drager'],
        rows: overview.singlePerson.map((s) => [
          s.teamName, scenarioText(s), overview.competencies.find((c) => c.key === s.competency)?.name[lang] ?? s.competency,
          s.requiredLevel, s.holderName,
        ]),
      };
    case 'advice':
      return {
        ...base,
        columns: ['Team', 'Scenario', 'Ernst', 'Regel', 'Advies'],
        rows: overview.advice.map((a) => [
          a.teamName, scenarioText(a), a.severity === 'critical' ? 'Kritiek' : 'Waarschuwing', a.rule, a.message[lang],
        ]),
      };
  }
}

export function hrTables(overview: HrOverview, lists: readonly HrList[] = HR_LISTS, lang: Lang = 'nl'): HrTable[] {
  return lists.map((list) => hrTable(overview, list, lang));
}
