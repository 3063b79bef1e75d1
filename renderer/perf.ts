/**
 * Performance marks for the UI benchmark (tests/bench/ui): an edit marks `wtp:edit`, the
 * coverage panel marks `wtp:coverage` once it has rendered the new numbers. The bench
 * reads the pairs with performance.getEntriesByName; in normal use they cost nothing
 * noticeable and are cleared when the buffer grows.
 */
let pendingEdit = false;

export function markEdit(): void {
  if (typeof performance === 'undefined') return;
  pendingEdit = true;
  performance.mark('wtp:edit');
}

export function markCoverageShown(): void {
  if (!pendingEdit || typeof performance === 'undefined') return;
  pendingEdit = false;
  performance.mark('wtp:coverage');
  performance.measure('wtp:drop-to-coverage', 'wtp:edit', 'wtp:coverage');
  if (performance.getEntriesByType('measure').length > 1000) {
    performance.clearMeasures();
    performance.clearMarks();
  }
}
