import type { Lang } from '../../shared/domain/text.js';
import type { HrOverview, HrTeamRow } from '../../shared/hr/index.js';
import { SEVERITY_MARKS, modelName } from '../../shared/hr/names.js';
import { disciplineName } from '../../shared/catalogue/disciplines.js';
import { CELL_STATUS_KEY } from './cellStatus.js';
import { CellDetail, CELL_DETAIL_ID } from './CellDetail.js';
import { cellSentence } from '../../shared/hr/cellSentence.js';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import type { MessageParams as Params } from '../../shared/i18n/message.js';
import { formatNumber, percent } from '../i18n/translate.js';

interface Props {
  overview: HrOverview;
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  onOpen: (row: HrTeamRow) => void;
}

function mix(entries: HrTeamRow['disciplines'], name: (key: string) => string): string {
  return entries.map((e) => `${name(e.key)} ${e.people}`).join(' · ');
}

/**
 * Teams x competencies, each cell coloured by the worst gap and marked with a symbol,
 * so it reads without colour too. Each cell is a button (one Tab stop, arrow keys move)
 * whose explanation shows on hover and in the detail panel below when focused or clicked.
 * Plain props (no store), so the bench can render it on its own and measure the same
 * markup the screen shows.
 */
export function HrMatrix({ overview, lang, t, onOpen }: Props) {
  // Plain focusable handles: this file is also compiled without the DOM library (the bench).
  const cellRefs = useRef(new Map<string, { focus(): void }>());
  // Roving tab stop: one cell is in the Tab order, the arrow keys move between cells.
  const [current, setCurrent] = useState({ row: 0, col: 0 });
  const [chosen, setChosen] = useState(false);
  const rows = overview.rows.length;
  const cols = overview.competencies.length;
  const activeRow = Math.min(current.row, rows - 1);
  const activeCol = Math.min(current.col, cols - 1);
  const choose = (r: number, c: number) => {
    setCurrent({ row: r, col: c });
    setChosen(true);
  };
  const onArrow = (e: KeyboardEvent, r: number, c: number) => {
    const next = nextCell(e.key, r, c, rows, cols);
    if (next === null) return;
    e.preventDefault();
    cellRefs.current.get(`${next.row}-${next.col}`)?.focus();
  };
  const selectedRow = overview.rows[activeRow];
  const selected =
    chosen && selectedRow && overview.competencies[activeCol]
      ? { row: selectedRow, column: overview.competencies[activeCol]!, cell: selectedRow.cells[activeCol]! }
      : null;
  return (
    <>
      <div className="hr-matrix-scroll" tabIndex={0} role="group" aria-label={t('hr.matrixTitle')}>
        <table className="hr-matrix" data-testid="hr-matrix">
          <thead>
            <tr>
              <th scope="col">{t('hr.team')}</th>
              <th scope="col">{t('hr.coverage')}</th>
              <th scope="col">{t('hr.hours')}</th>
              {overview.competencies.map((c) => (
                <th key={`${c.kind}-${c.key}`} scope="col" className="hr-competency">
                  <span>{c.name[lang]}</span>
                </th>
              ))}
              <th scope="col">{t('hr.disciplines')}</th>
              <th scope="col">{t('hr.organisations')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.rows.map((row, rowIndex) => (
              <tr key={row.scenarioId} data-team={row.teamName} data-scenario={row.isMain ? '' : row.scenarioName}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpen(row)} data-testid="hr-open-team">
                    {row.teamName}
                  </button>
                  {!row.isMain && <span className="hr-variant"> · {row.scenarioName}</span>}
                  <span className="block muted">
                    {[row.area, modelName(row.model, lang)].filter(Boolean).join(' · ')}
                  </span>
                </th>
                <td className="num" data-testid="hr-row-coverage">
                  {t('coverage.percent', { percent: percent(row.teamCoverage) })}
                </td>
                <td className="num">
                  {formatNumber(lang, row.hoursAllocated)} / {formatNumber(lang, row.hoursRequired)}
                </td>
                {row.cells.map((cell, colIndex) => {
                  const column = overview.competencies[colIndex]!;
                  const sentence = cellSentence(cell);
                  const status = t(CELL_STATUS_KEY[cell.severity]);
                  const active = activeRow === rowIndex && activeCol === colIndex;
                  return (
                    <td
                      key={`${cell.kind}-${cell.competency}`}
                      className={`hr-cell sev-${cell.severity}${active && chosen ? ' hr-cell-chosen' : ''}`}
                      data-severity={cell.severity}
                    >
                      <button
                        type="button"
                        className="hr-cell-button"
                        data-cell={`${rowIndex}-${colIndex}`}
                        ref={(el: { focus(): void } | null) => {
                          if (el) cellRefs.current.set(`${rowIndex}-${colIndex}`, el);
                          else cellRefs.current.delete(`${rowIndex}-${colIndex}`);
                        }}
                        data-testid="hr-cell"
                        tabIndex={active ? 0 : -1}
                        aria-label={t('hrCell.cellLabel', {
                          competency: column.name[lang],
                          team: row.teamName,
                          status,
                        })}
                        aria-describedby={CELL_DETAIL_ID}
                        aria-pressed={active && chosen}
                        title={sentence === null ? status : t(sentence.key, sentence.params)}
                        onFocus={() => choose(rowIndex, colIndex)}
                        onClick={() => choose(rowIndex, colIndex)}
                        onKeyDown={(e) => onArrow(e, rowIndex, colIndex)}
                      >
                        <span aria-hidden="true">{SEVERITY_MARKS[cell.severity]}</span>
                      </button>
                    </td>
                  );
                })}
                <td className="hr-mix">{mix(row.disciplines, (k) => disciplineName(k, lang))}</td>
                <td className="hr-mix">{mix(row.organisations, (k) => k || t('hr.unknownOrganisation'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CellDetail selected={selected} lang={lang} t={t} />
    </>
  );
}

/** The cell an arrow key (or Home/End within a row) moves to; null for other keys or at an edge. */
function nextCell(
  key: string,
  row: number,
  col: number,
  rows: number,
  cols: number,
): { row: number; col: number } | null {
  const to = {
    ArrowLeft: [row, col - 1],
    ArrowRight: [row, col + 1],
    ArrowUp: [row - 1, col],
    ArrowDown: [row + 1, col],
    Home: [row, 0],
    End: [row, cols - 1],
  }[key];
  if (!to) return null;
  const [r, c] = to as [number, number];
  return r < 0 || c < 0 || r >= rows || c >= cols ? null : { row: r, col: c };
}

export function SeverityLegend({ t }: { t: Props['t'] }) {
  const order = ['missing', 'partial', 'thin', 'covered', 'notRequired'] as const;
  return (
    <ul className="hr-legend" aria-label={t('hr.legend')}>
      {order.map((s) => (
        <li key={s}>
          <span className={`hr-cell sev-${s}`} aria-hidden="true">
            {SEVERITY_MARKS[s]}
          </span>{' '}
          {t(CELL_STATUS_KEY[s])}
        </li>
      ))}
    </ul>
  );
}
