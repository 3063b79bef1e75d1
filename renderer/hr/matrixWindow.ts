/**
 * Which rows of the HR matrix are in the document. Up to `ALL_ROWS_UP_TO` rows all of
 * them are (a wijk's teams, what most users have); beyond that only the rows in view and
 * a margin above and below, with spacers of the same height for the rest, so a region
 * of a thousand teams costs the browser about as much as forty.
 */
const ALL_ROWS_UP_TO = 60;
const MARGIN_ROWS = 10;

interface RowWindow {
  start: number;
  /** Exclusive. */
  end: number;
}

export function rowWindow(rows: number, scrollTop: number, viewHeight: number, rowHeight: number): RowWindow {
  if (rows <= ALL_ROWS_UP_TO) return { start: 0, end: rows };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const inView = Math.ceil(viewHeight / rowHeight) + 1;
  const start = Math.max(0, Math.min(first, rows - inView) - MARGIN_ROWS);
  return { start, end: Math.min(rows, first + inView + MARGIN_ROWS) };
}
