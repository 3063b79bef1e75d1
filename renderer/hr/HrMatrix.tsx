import type { Lang } from '../../shared/domain/text.js';
import type { HrCell } from '../../shared/hr/index.js';
import type { HrRowSummary, HrSummary } from '../../shared/hr/summary.js';
import { SEVERITY_MARKS } from '../../shared/hr/names.js';
import { CELL_STATUS_KEY } from './cellStatus.js';
import { CellDetail } from './CellDetail.js';
import { useMemo, useRef, useState, useEffect, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import type { MessageParams as Params } from '../../shared/i18n/message.js';
import { rowWindow } from './matrixWindow.js';
import { HrMatrixRow, type Focusable, type Measurable, type RowActions } from './HrMatrixRow.js';
import { revealCell, type ScrollBox } from './revealCell.js';

interface Props {
  summary: HrSummary;
  /** A row's full cells (with explanations) once fetched; undefined before. */
  cellsOf: (scenarioId: string) => HrCell[] | undefined;
  /** Told which rows are in the document, so their explanations can be fetched. */
  onRowsShown: (scenarioIds: string[]) => void;
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  onOpen: (row: HrRowSummary) => void;
}

type Scroller = ScrollBox;

/** A first guess of a row's height in pixels (team name over area and model), until one is measured. */
const ROW_HEIGHT_GUESS = 48;

/**
 * Teams x competencies, each cell coloured by the worst gap and marked with a symbol,
 * so it reads without colour too. Each cell is a button (one Tab stop, arrow keys move)
 * whose explanation shows on hover and in the detail panel below when focused or clicked.
 * With many teams only the rows in view are in the document (see matrixWindow.ts); the
 * table says how many rows it has (aria-rowcount) and each row its place. Plain props
 * (no store), so the bench can render it on its own and measure the same markup the
 * screen shows.
 */
export function HrMatrix({ summary, cellsOf, onRowsShown, lang, t, onOpen }: Props) {
  const cellRefs = useRef(new Map<string, Focusable>());
  const scroller = useRef<Scroller | null>(null);
  const firstRow = useRef<Measurable | null>(null);
  // The pinned corner ("Team"): its width is the names' column, its height the header row's.
  const corner = useRef<Focusable | null>(null);
  // Roving tab stop: one cell is in the Tab order, the arrow keys move between cells.
  const [current, setCurrent] = useState({ row: 0, col: 0 });
  const [chosen, setChosen] = useState(false);
  const [view, setView] = useState({ top: 0, height: 800, rowHeight: ROW_HEIGHT_GUESS });
  const rows = summary.rows.length;
  // Only the first rows while the whole summary is on its way (a first visit right after the
  // start): the table already says how many there are and keeps their height.
  const allRows = summary.firstRowsOf ?? rows;
  const cols = summary.competencies.length;
  const activeRow = Math.min(current.row, rows - 1);
  const activeCol = Math.min(current.col, cols - 1);
  // The window of the whole matrix, cut to the rows there are: a first visit's first rows
  // are windowed like the whole (before, all of them were rendered, up to twice the window).
  const whole = rowWindow(allRows, view.top, view.height, view.rowHeight);
  const start = Math.min(whole.start, rows);
  const end = Math.max(start, Math.min(whole.end, rows));
  const shown = summary.rows.slice(start, end);
  // The Tab stop stays in the document when its row scrolls out of it.
  const tabRow = activeRow >= start && activeRow < end ? activeRow : start;

  const measure = () => {
    const el = scroller.current;
    if (!el) return;
    const rowHeight = firstRow.current?.getBoundingClientRect().height || ROW_HEIGHT_GUESS;
    setView((v) =>
      v.top === el.scrollTop && v.height === el.clientHeight && v.rowHeight === rowHeight
        ? v
        : { top: el.scrollTop, height: el.clientHeight, rowHeight },
    );
  };
  useEffect(measure, [rows]);
  const shownIds = shown.map((r) => r.scenarioId).join('\n');
  useEffect(() => {
    if (shownIds !== '') onRowsShown(shownIds.split('\n'));
  }, [shownIds, onRowsShown]);

  // The rows' actions read the latest props through a ref, so one object serves every
  // render and the memoised rows (HrMatrixRow) re-render only when their own data change.
  const latest = useRef({ onOpen, rows, cols });
  latest.current = { onOpen, rows, cols };
  const actions = useMemo<RowActions>(
    () => ({
      onOpen: (row) => latest.current.onOpen(row),
      choose: (r, c) => {
        setCurrent({ row: r, col: c });
        setChosen(true);
      },
      onArrow: (e: KeyboardEvent, r, c) => {
        const next = nextCell(e.key, r, c, latest.current.rows, latest.current.cols);
        if (next === null) return;
        e.preventDefault();
        // The next row is always in the document (the window keeps a margin). Focus without the
        // browser's scroll, which counts a cell under the pinned names or header as in view.
        const cell = cellRefs.current.get(`${next.row}-${next.col}`);
        if (!cell) return;
        cell.focus({ preventScroll: true });
        const box = scroller.current;
        const pinned = corner.current?.getBoundingClientRect();
        if (box && pinned) {
          revealCell(
            box,
            cell.getBoundingClientRect(),
            { left: pinned.right - pinned.left, top: pinned.bottom - pinned.top },
            next.col === 0,
          );
        }
      },
      cellRef: (r, c, el) => {
        if (el) cellRefs.current.set(`${r}-${c}`, el);
        else cellRefs.current.delete(`${r}-${c}`);
      },
      firstRowRef: (el) => {
        firstRow.current = el;
      },
    }),
    [],
  );
  const selectedRow = summary.rows[activeRow];
  const selected =
    chosen && selectedRow && summary.competencies[activeCol]
      ? {
          row: selectedRow,
          column: summary.competencies[activeCol]!,
          cell: selectedRow.cells[activeCol]!,
          full: cellsOf(selectedRow.scenarioId)?.[activeCol] ?? null,
        }
      : null;
  const columnCount = cols + 5;
  return (
    <>
      <div
        className="hr-matrix-scroll"
        tabIndex={0}
        role="group"
        aria-label={t('hr.matrixTitle')}
        ref={(el: Scroller | null) => {
          scroller.current = el;
        }}
        onScroll={measure}
      >
        <table className="hr-matrix" data-testid="hr-matrix" aria-rowcount={allRows + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th
                scope="col"
                ref={(el: Focusable | null) => {
                  corner.current = el;
                }}
              >
                {t('hr.team')}
              </th>
              <th scope="col">{t('hr.coverage')}</th>
              <th scope="col">{t('hr.hours')}</th>
              {summary.competencies.map((c) => (
                <th key={`${c.kind}-${c.key}`} scope="col" className="hr-competency">
                  <span>{c.name[lang]}</span>
                </th>
              ))}
              <th scope="col">{t('hr.disciplines')}</th>
              <th scope="col">{t('hr.organisations')}</th>
            </tr>
          </thead>
          <tbody>
            {start > 0 && <Spacer height={start * view.rowHeight} columns={columnCount} />}
            {shown.map((row, offset) => {
              const rowIndex = start + offset;
              return (
                <HrMatrixRow
                  key={row.scenarioId}
                  row={row}
                  rowIndex={rowIndex}
                  columns={summary.competencies}
                  full={cellsOf(row.scenarioId)}
                  tabCol={tabRow === rowIndex ? activeCol : -1}
                  chosenCol={chosen && activeRow === rowIndex ? activeCol : -1}
                  first={offset === 0}
                  lang={lang}
                  t={t}
                  actions={actions}
                />
              );
            })}
            {end < allRows && <Spacer height={(allRows - end) * view.rowHeight} columns={columnCount} />}
          </tbody>
        </table>
      </div>
      <CellDetail selected={selected} lang={lang} t={t} />
    </>
  );
}

/** The height of the rows not in the document, so the scroll bar is that of the whole matrix. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr className="hr-spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
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
  const order = ['missing', 'partial', 'thin', 'covered', 'inShell', 'notRequired'] as const;
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
