/**
 * Performance marks for the UI benchmark (tests/bench/ui): an edit marks `wtp:edit`, the
 * coverage panel marks `wtp:coverage` once it has rendered the new numbers. The bench
 * reads the pairs with performance.getEntriesByName (and `wtp:drop-to-insights` for the
 * deferred gaps, advice and charts); in normal use they cost nothing
 * noticeable and are cleared when the buffer grows.
 */
let pendingEdit = false;
let pendingInsights = false;

export function markEdit(): void {
  if (typeof performance === 'undefined') return;
  pendingEdit = true;
  pendingInsights = true;
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

/** The deferred half of the panel (gaps, advice, charts) has caught up with the edit. */
export function markInsightsShown(): void {
  if (!pendingInsights || typeof performance === 'undefined') return;
  pendingInsights = false;
  performance.mark('wtp:insights');
  performance.measure('wtp:drop-to-insights', 'wtp:edit', 'wtp:insights');
}
