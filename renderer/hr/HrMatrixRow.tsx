import { memo, type KeyboardEvent } from 'react';
import type { Lang } from '../../shared/domain/text.js';
import type { HrCell, HrCompetencyColumn } from '../../shared/hr/index.js';
import type { HrRowSummary } from '../../shared/hr/summary.js';
import { SEVERITY_MARKS, modelName } from '../../shared/hr/names.js';
import { disciplineName } from '../../shared/catalogue/disciplines.js';
import { cellSentence } from '../../shared/hr/cellSentence.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import type { MessageParams as Params } from '../../shared/i18n/message.js';
import { formatNumber } from '../i18n/translate.js';
import { coverageText, shownTeamCoverage } from '../../shared/engine/shownCoverage.js';
import { CELL_STATUS_KEY } from './cellStatus.js';
import { CELL_DETAIL_ID } from './CellDetail.js';

/** Plain element handles: this file is also compiled without the DOM library (the bench). */
export interface Focusable {
  focus(options?: { preventScroll?: boolean }): void;
  getBoundingClientRect(): { left: number; right: number; top: number; bottom: number };
}
export interface Measurable {
  getBoundingClientRect(): { height: number };
}

/** What a row does with its cells; one stable object per matrix, so a row re-renders only when its own data change. */
export interface RowActions {
  onOpen(row: HrRowSummary): void;
  choose(row: number, col: number): void;
  onArrow(e: KeyboardEvent, row: number, col: number): void;
  cellRef(row: number, col: number, el: Focusable | null): void;
  /** The first row in the document, measured for the window's row height. */
  firstRowRef(el: Measurable | null): void;
}

interface Props {
  row: HrRowSummary;
  rowIndex: number;
  columns: readonly HrCompetencyColumn[];
  /** The row's full cells (with explanations) once fetched. */
  full: HrCell[] | undefined;
  /** The column whose cell is the matrix's Tab stop when it is in this row, else -1. */
  tabCol: number;
  /** The column of the chosen cell when it is in this row, else -1. */
  chosenCol: number;
  /** The first row in the document (measured). */
  first: boolean;
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  actions: RowActions;
}

/** The row's team coverage in words: a percentage, or "Nog niets gevraagd" (shared/engine/shownCoverage.ts). */
function wordedCoverage(row: HrRowSummary, t: Props['t']): string {
  const text = coverageText(shownTeamCoverage(row));
  return t(text.key, text.params);
}

function mix(entries: HrRowSummary['disciplines'], name: (key: string) => string): string {
  return entries.map((e) => `${name(e.key)} ${e.people}`).join(' · ');
}

/**
 * One team's row of the HR matrix: name (opens the team), coverage, hours, a button per
 * cell with its mark, and the mix of disciplines and organisations. Memoised: scrolling,
 * measuring the row height, choosing a cell or a row's explanations arriving re-render
 * only the rows whose props changed, not the whole window (a first visit's rows were
 * rendered twice over before they were painted, docs/performance.md "Seventh round").
 */
export const HrMatrixRow = memo(function HrMatrixRow({
  row,
  rowIndex,
  columns,
  full,
  tabCol,
  chosenCol,
  first,
  lang,
  t,
  actions,
}: Props) {
  return (
    <tr
      className="hr-row"
      aria-rowindex={rowIndex + 2}
      data-team={row.teamName}
      data-scenario={row.isMain ? '' : row.scenarioName}
      ref={first ? actions.firstRowRef : undefined}
    >
      <th scope="row">
        <button type="button" className="link-button" onClick={() => actions.onOpen(row)} data-testid="hr-open-team">
          {row.teamName}
        </button>
        {!row.isMain && <span className="hr-variant"> · {row.scenarioName}</span>}
        <span className="block muted">{[row.area, modelName(row.model, lang)].filter(Boolean).join(' · ')}</span>
      </th>
      <td className="num" data-testid="hr-row-coverage">
        {wordedCoverage(row, t)}
      </td>
      <td className="num">
        {formatNumber(lang, row.hoursAllocated)} / {formatNumber(lang, row.hoursRequired)}
      </td>
      {row.cells.map((cell, colIndex) => {
        const column = columns[colIndex]!;
        const fullCell = full?.[colIndex];
        const sentence = fullCell ? cellSentence(fullCell) : null;
        const status = t(CELL_STATUS_KEY[cell.severity]);
        const chosen = chosenCol === colIndex;
        return (
          <td
            key={`${column.kind}-${column.key}`}
            className={`hr-cell sev-${cell.severity}${chosen ? ' hr-cell-chosen' : ''}`}
            data-severity={cell.severity}
          >
            <button
              type="button"
              className="hr-cell-button"
              data-cell={`${rowIndex}-${colIndex}`}
              ref={(el: Focusable | null) => actions.cellRef(rowIndex, colIndex, el)}
              data-testid="hr-cell"
              tabIndex={tabCol === colIndex ? 0 : -1}
              aria-label={t('hrCell.cellLabel', { competency: column.name[lang], team: row.teamName, status })}
              aria-describedby={CELL_DETAIL_ID}
              aria-pressed={chosen}
              title={sentence === null ? status : t(sentence.key, sentence.params)}
              onFocus={() => actions.choose(rowIndex, colIndex)}
              onClick={() => actions.choose(rowIndex, colIndex)}
              onKeyDown={(e) => actions.onArrow(e, rowIndex, colIndex)}
            >
              <span aria-hidden="true">{SEVERITY_MARKS[cell.severity]}</span>
            </button>
          </td>
        );
      })}
      <td className="hr-mix">{mix(row.disciplines, (k) => disciplineName(k, lang))}</td>
      <td className="hr-mix">{mix(row.organisations, (k) => k || t('hr.unknownOrganisation'))}</td>
    </tr>
  );
});
