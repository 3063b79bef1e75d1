import type { CustomCompetency } from '../domain/schemas.js';
import { LEVELS } from '../domain/levels.js';
import { coverageText, shownTeamCoverage } from '../engine/shownCoverage.js';
import type { Lang } from '../domain/text.js';
import { capitalised, disciplineName, modelName, organisationTypeName } from '../hr/names.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { translator, type Translator } from '../i18n/translator.js';
import { EXPERTISE_STATUS_KEY, REQUIREMENT_STATUS_KEY } from '../i18n/vocabulary.js';
import { areaNames, type AreaNames } from './areaNames.js';
import type { AreaView } from './types.js';

/**
 * The area view as tables of words and numbers in one language: the screen, the print
 * and the XLSX export all show these, so they cannot disagree. Every status is the
 * vocabulary's word; nothing is said by colour alone.
 */

const AREA_TABLES = ['teams', 'functions', 'competencies', 'expertise', 'gaps', 'overlaps', 'shared'] as const;
type AreaTableId = (typeof AREA_TABLES)[number];

/**
 * A cell: words, a number, or a list (one entry per team or per person, each on a line of
 * its own on screen and paper: seventeen teams joined into one text made cells of five
 * dense lines, and in a narrow column rows of thirty).
 */
type AreaCell = string | number | readonly string[];

export interface AreaTable {
  id: AreaTableId;
  /** The section heading on screen and paper. */
  title: string;
  /** The sheet name in the workbook (at most 31 characters). */
  sheet: string;
  columns: string[];
  rows: AreaCell[][];
  /** Said instead of an empty table. */
  emptyText: string;
  /** How to read the table, when it needs saying. */
  note: string | null;
}

const TITLE: Record<AreaTableId, MessageKey> = {
  teams: 'area.section.teams',
  functions: 'area.section.functions',
  competencies: 'area.section.competencies',
  expertise: 'area.section.expertise',
  gaps: 'area.section.gaps',
  overlaps: 'area.section.overlaps',
  shared: 'area.section.shared',
};

const SHEET: Record<AreaTableId, MessageKey> = {
  teams: 'area.sheet.teams',
  functions: 'area.sheet.functions',
  competencies: 'area.sheet.competencies',
  expertise: 'area.sheet.expertise',
  gaps: 'area.sheet.gaps',
  overlaps: 'area.sheet.overlaps',
  shared: 'area.sheet.shared',
};

const EMPTY: Record<AreaTableId, MessageKey> = {
  teams: 'area.none',
  functions: 'area.empty',
  competencies: 'area.empty',
  expertise: 'area.empty',
  gaps: 'area.noGaps',
  overlaps: 'area.noOverlaps',
  shared: 'area.noShared',
};

interface Context {
  view: AreaView;
  tr: Translator;
  lang: Lang;
  names: AreaNames;
  teamName: (id: string) => string;
  level: (value: number) => string;
}

function teamsTable({ view, tr, lang, names }: Context): Pick<AreaTable, 'columns' | 'rows'> {
  const { t } = tr;
  return {
    // The figures a reader compares first stand beside the name: on a 1280 px screen the
    // table is wider than the page, and they were cut off at its right end.
    columns: [
      t('area.col.team'),
      t('area.col.coverage'),
      t('area.col.hours'),
      t('area.col.members'),
      t('area.col.model'),
      t('area.col.organisationType'),
      t('area.col.ageGroups'),
      t('area.col.targetGroups'),
      t('area.col.mandate'),
      t('area.col.terrain'),
    ],
    rows: view.teams.map((team) => [
      team.name,
      tr.render(coverageText(shownTeamCoverage(team))),
      t('area.cell.hours', { allocated: team.hoursAllocated, required: team.hoursRequired }),
      team.members,
      modelName(team.model, lang),
      organisationTypeName(team.organisationType, lang),
      names.ageGroups(team.ageGroups) || t('area.empty'),
      team.targetGroups.join(', ') || t('area.empty'),
      names.domains(team.mandate) || t('area.empty'),
      team.terrain.length === 0
        ? t('area.empty')
        : t(team.terrainSource === 'mandate' ? 'area.cell.terrainMandate' : 'area.cell.terrainFunctions', {
            domains: names.domains(team.terrain),
          }),
    ]),
  };
}

function functionsTable({ view, tr, teamName }: Context): Pick<AreaTable, 'columns' | 'rows'> {
  const { t } = tr;
  return {
    columns: [t('area.col.function'), t('area.col.inTeam'), t('area.col.inShell')],
    rows: view.functions.map((fn) => [
      fn.name[tr.lang],
      listOr(
        fn.inTeam.map((h) =>
          h.members === 0
            ? t('area.cell.noMembers', { team: teamName(h.teamId) })
            : t('area.cell.members', { team: teamName(h.teamId), count: h.members, hours: h.hoursAllocated }),
        ),
        t('area.empty'),
      ),
      listOr(fn.inShell.map(teamName), t('area.empty')),
    ]),
  };
}

function competenciesTable({ view, tr, names, teamName, level }: Context): Pick<AreaTable, 'columns' | 'rows'> {
  const { t } = tr;
  return {
    columns: [
      t('area.col.competency'),
      t('area.col.bestInArea'),
      ...view.teams.map((team) => team.name),
      t('area.col.heldBy'),
    ],
    rows: view.competencies.map((c) => [
      names.competency(c.competency),
      level(c.bestInArea),
      ...view.teams.map((team) => {
        const mine = c.perTeam.find((p) => p.teamId === team.teamId);
        if (!mine) return t('area.empty');
        if (mine.requiredLevel !== null) return t('area.cell.required', { level: mine.requiredLevel, best: mine.best });
        return mine.askedInShell
          ? t('area.cell.inShell', { best: mine.best })
          : t('area.cell.notRequired', { best: mine.best });
      }),
      // Held by every team of the area (a region's usual case): two words, not a list of every team again.
      c.heldAtRequiredBy.length === view.teams.length && view.teams.length > 1
        ? t('area.cell.allTeams')
        : listOr(c.heldAtRequiredBy.map(teamName), t('area.empty')),
    ]),
  };
}

function expertiseTable({ view, tr, names, level }: Context): Pick<AreaTable, 'columns' | 'rows'> {
  const { t } = tr;
  return {
    columns: [t('area.col.expertise'), t('area.col.bestInArea'), ...view.teams.map((team) => team.name)],
    rows: view.expertise.map((e) => [
      names.expertise(e.key),
      level(e.bestInArea),
      ...view.teams.map((team) => {
        const mine = e.perTeam.find((p) => p.teamId === team.teamId);
        if (!mine?.status) return t('area.cell.expertiseNotAsked');
        const status = t(EXPERTISE_STATUS_KEY[mine.status]);
        return mine.bestLevel === 0
          ? t('area.cell.expertiseNone', { status })
          : t('area.cell.expertiseHeld', { best: mine.bestLevel, held: mine.holders, level: mine.atLevel, status });
      }),
    ]),
  };
}

function gapsTable({ view, tr, names, teamName, level }: Context): Pick<AreaTable, 'columns' | 'rows'> {
  const { t } = tr;
  return {
    columns: [
      t('area.col.team'),
      t('area.col.function'),
      t('area.col.kind'),
      t('area.col.subject'),
      t('area.col.level'),
      t('area.col.status'),
      t('area.col.coveredBy'),
    ],
    rows: view.gaps.map((gap) => [
      teamName(gap.teamId),
      gap.functionName[tr.lang],
      t(gap.kind === 'competency' ? 'area.cell.kindCompetency' : 'area.cell.kindExpertise'),
      gap.kind === 'competency' ? names.competency(gap.subject) : names.expertise(gap.subject),
      t('area.cell.needs', { level: level(gap.level), count: gap.minPeople }),
      capitalised(t(REQUIREMENT_STATUS_KEY[gap.status])),
      listOr(gap.coveredBy.map(teamName), t('area.cell.noTeamCovers')),
    ]),
  };
}

function overlapsTable({ view, tr, names, teamName }: Context): Pick<AreaTable, 'columns' | 'rows'> {
  const { t } = tr;
  return {
    columns: [
      t('area.col.teams'),
      t('area.col.domains'),
      t('area.col.ageGroups'),
      t('area.col.sharedTargetGroups'),
      t('area.col.basis'),
    ],
    rows: view.overlaps.map((o) => [
      o.teamIds.map(teamName).join(' + '),
      names.domains(o.domains),
      names.ageGroups(o.ageGroups),
      o.sharedTargetGroups.join(', ') || t('area.empty'),
      t(o.basis === 'mandate' ? 'area.cell.basisMandate' : 'area.cell.basisFunctions'),
    ]),
  };
}

function sharedTable({ view, tr, lang, teamName }: Context): Pick<AreaTable, 'columns' | 'rows'> {
  const { t } = tr;
  return {
    columns: [
      t('area.col.name'),
      t('area.col.discipline'),
      t('area.col.organisation'),
      t('area.col.perTeam'),
      t('area.col.hoursInArea'),
      t('area.col.hoursAll'),
      t('area.col.contract'),
      t('area.col.load'),
    ],
    rows: view.sharedPeople.map((p) => [
      p.name,
      disciplineName(p.discipline, lang),
      p.organisation,
      p.perTeam.map((h) => t('area.cell.hoursInTeam', { team: teamName(h.teamId), hours: h.hours })),
      p.hoursInArea,
      p.hoursInAllTeams,
      p.contractHours,
      p.overAllocated
        ? t('area.cell.overAllocated', { excess: p.hoursInAllTeams - p.contractHours })
        : t('area.cell.withinContract'),
    ]),
  };
}

/** The entries as a list, or the sentence for none. */
function listOr(entries: string[], none: string): AreaCell {
  return entries.length === 0 ? none : entries;
}

/** A cell as one value, for the workbook: a list's entries joined, as a spreadsheet cell holds one text. */
export function cellValue(cell: AreaCell): string | number {
  return typeof cell === 'string' || typeof cell === 'number' ? cell : cell.join('; ');
}

const BUILDERS: Record<AreaTableId, (ctx: Context) => Pick<AreaTable, 'columns' | 'rows'>> = {
  teams: teamsTable,
  functions: functionsTable,
  competencies: competenciesTable,
  expertise: expertiseTable,
  gaps: gapsTable,
  overlaps: overlapsTable,
  shared: sharedTable,
};

export function areaTables(view: AreaView, lang: Lang, custom: readonly CustomCompetency[] = []): AreaTable[] {
  const tr = translator(lang);
  const names = areaNames(lang, custom);
  const byId = new Map(view.teams.map((team) => [team.teamId, team.name]));
  const ctx: Context = {
    view,
    tr,
    lang,
    names,
    teamName: (id) => byId.get(id) ?? id,
    level: (value) => tr.t('area.cell.level', { level: value, word: tr.render(LEVELS[value]!.label) }),
  };
  return AREA_TABLES.map((id) => ({
    id,
    title: tr.t(TITLE[id]),
    sheet: tr.t(SHEET[id]).slice(0, 31),
    ...BUILDERS[id](ctx),
    emptyText: tr.t(EMPTY[id]),
    note: id === 'gaps' && ctx.view.gaps.length > 0 ? tr.t('area.gapsNote') : null,
  }));
}
