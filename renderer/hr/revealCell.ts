/** Plain element handles: this file is also compiled without the DOM library (the bench). */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
export interface ScrollBox {
  scrollLeft: number;
  scrollTop: number;
  clientLeft: number;
  clientTop: number;
  clientWidth: number;
  clientHeight: number;
  getBoundingClientRect(): Box;
}

/**
 * Scrolls the matrix so a cell is in the part of its box nothing covers: right of the
 * pinned team names and below the pinned header row. The browser's own scroll on focus
 * counts a cell under those pinned cells as in view, so Home left the first competency
 * (and the coverage and hours beside it) hidden under the names. The first column goes
 * back to the left edge, so the row's coverage and hours show again too.
 */
export function revealCell(
  box: ScrollBox,
  cell: Box,
  pinned: { left: number; top: number },
  firstColumn: boolean,
): void {
  const outer = box.getBoundingClientRect();
  const left = outer.left + box.clientLeft + pinned.left;
  const right = outer.left + box.clientLeft + box.clientWidth;
  const top = outer.top + box.clientTop + pinned.top;
  const bottom = outer.top + box.clientTop + box.clientHeight;
  if (firstColumn) box.scrollLeft = 0;
  else if (cell.left < left) box.scrollLeft -= left - cell.left;
  else if (cell.right > right) box.scrollLeft += Math.min(cell.right - right, cell.left - left);
  if (cell.top < top) box.scrollTop -= top - cell.top;
  else if (cell.bottom > bottom) box.scrollTop += Math.min(cell.bottom - bottom, cell.top - top);
}
