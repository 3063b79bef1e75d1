import { HR_SCREEN_LISTS, type HrScreenList } from './apiSchemas.js';
import type { HrAnalyses } from './buildOverview.js';
import { areasOf, shownInOrder } from './shownRows.js';
import type { HrCell, HrInput, HrOptions, HrOverview, HrScenarioPlan, HrTeamRow } from './types.js';

/**
 * What the HR screen is sent: the overview without the cells' explanations. With a
 * thousand teams the explanations are nine tenths of the overview (tens of megabytes);
 * the screen shows a cell's explanation only for the rows in view, and fetches those
 * rows' full cells (`hr.cells`) when they scroll into view. Everything else - rows,
 * counts, the four lists - is the overview itself, computed by `overviewFromAnalyses`.
 */

/** A matrix cell as the grid draws it: its mark, colour and open count. */
export type HrCellSummary = Pick<HrCell, 'severity' | 'openRequirements'>;

export type HrRowSummary = Omit<HrTeamRow, 'cells'> & { cells: HrCellSummary[] };

export type HrSummary = Omit<HrOverview, 'rows'> & {
  rows: HrRowSummary[];
  /** Each list's full length; a list not asked for in full holds only its first rows. */
  totals: Record<HrScreenList, number>;
  /**
   * Only when the matrix's first rows were asked for (`firstRows`, a first visit that finds
   * nothing made yet): how many rows the whole matrix has. `rows` then holds the first of
   * them, exactly as the whole summary's, and the lists are not there yet (empty, totals 0).
   */
  firstRowsOf?: number;
};

/** One row's full cells (with explanations), in the order of the summary's columns. */
export interface HrRowCells {
  scenarioId: string;
  cells: HrCell[];
}

export function summariseOverview(
  overview: HrOverview,
  fullLists: readonly HrScreenList[],
  preview: number,
): HrSummary {
  const totals = Object.fromEntries(HR_SCREEN_LISTS.map((list) => [list, overview[list].length])) as Record<
    HrScreenList,
    number
  >;
  // The advice may have been cut already when the overview was made (see overviewFromAnalyses); the rows count it all.
  totals.advice = overview.rows.reduce((sum, row) => sum + row.openAdvice, 0);
  const cut = <T>(list: HrScreenList, rows: T[]): T[] => (fullLists.includes(list) ? rows : rows.slice(0, preview));
  return {
    competencies: overview.competencies,
    areas: overview.areas,
    rows: overview.rows.map(summariseRow),
    overAllocated: cut('overAllocated', overview.overAllocated),
    assessments: cut('assessments', overview.assessments),
    singlePerson: cut('singlePerson', overview.singlePerson),
    advice: cut('advice', overview.advice),
    totals,
  };
}

/** A row as the grid draws it: every field but the cells' explanations. */
function summariseRow({ cells, ...row }: HrTeamRow): HrRowSummary {
  return Object.assign(row, {
    cells: cells.map((c) => ({ severity: c.severity, openRequirements: c.openRequirements })),
  });
}

const NO_LISTS: Record<HrScreenList, number> = { overAllocated: 0, assessments: 0, singlePerson: 0, advice: 0 };

/**
 * The matrix's first `count` rows of the overview `options` asks for, before the whole of
 * it: which rows and their order come from the teams' own facts (shownRows.ts), so only
 * those teams are analysed (`analyse`, the store's kept analyses). Rows, columns and areas
 * are those of the whole summary; the lists come with the whole summary.
 */
export function firstRowsSummary(
  input: HrInput,
  options: Pick<HrOptions, 'includeScenarios' | 'filter'>,
  count: number,
  analyse: (entries: readonly HrScenarioPlan[]) => HrAnalyses,
): HrSummary {
  const shown = shownInOrder(input.scenarios, (entry) => entry, options);
  return summariseFirstRows(
    { first: shown.slice(0, count), rowCount: shown.length, areas: areasOf(input.scenarios) },
    analyse,
  );
}

/**
 * The matrix's first rows as read on their own (readHrFirstRows.ts): those scenarios, how
 * many rows there are in all, every area.
 */
export interface HrFirstRows {
  first: HrScenarioPlan[];
  rowCount: number;
  areas: string[];
}

export function summariseFirstRows(
  { first, rowCount, areas }: HrFirstRows,
  analyse: (entries: readonly HrScenarioPlan[]) => HrAnalyses,
): HrSummary {
  const { competencies, analyses } = analyse(first);
  return {
    competencies,
    areas,
    rows: analyses.map((a) => summariseRow(a.row)),
    overAllocated: [],
    assessments: [],
    singlePerson: [],
    advice: [],
    totals: { ...NO_LISTS },
    firstRowsOf: rowCount,
  };
}
