/**
 * Performance marks for the UI benchmark (tests/bench/ui). An edit marks `wtp:edit`; the
 * board then measures, from that mark:
 *   - `wtp:drop-to-coverage`: the coverage numbers (summary, lanes, per function) committed;
 *   - `wtp:drop-to-frame`: coverage, gaps, advice, charts and the suggestions (who closes
 *     each gap) committed (one commit, the frame of the edit);
 *   - `wtp:drop-to-paint`: that frame painted (the first task after its animation frame);
 *   - `wtp:drop-to-settled`: everything the edit changes is on screen. Since the
 *     suggestions render in the frame too, this is the same moment as the frame; the
 *     measure stays so the bench can compare with builds that computed them later.
 * At start, `wtp:pool-complete` marks the moment the last card of the pool is on screen.
 * The bench reads them with performance.getEntriesByName; in normal use they cost nothing
 * noticeable and are cleared when the buffer grows.
 */
const pending = { coverage: false, frame: false, settled: false };

export function markEdit(): void {
  if (typeof performance === 'undefined') return;
  pending.coverage = true;
  pending.frame = true;
  pending.settled = true;
  performance.mark('wtp:edit');
  if (performance.getEntriesByType('measure').length > 1000) {
    performance.clearMeasures();
    performance.clearMarks();
    performance.mark('wtp:edit');
  }
}

function measureOnce(step: keyof typeof pending, name: string): boolean {
  if (!pending[step] || typeof performance === 'undefined') return false;
  pending[step] = false;
  performance.mark(`wtp:${step}`);
  performance.measure(name, 'wtp:edit', `wtp:${step}`);
  return true;
}

export function markCoverageShown(): void {
  measureOnce('coverage', 'wtp:drop-to-coverage');
}

/**
 * Coverage, gaps, advice and charts are in the DOM. Also measures when that frame has
 * been painted: a message posted from the frame's animation callback runs after the
 * browser has rendered it.
 */
export function markFrameShown(): void {
  if (!measureOnce('frame', 'wtp:drop-to-frame')) return;
  // Typed here: this module is also compiled for the store's tests, without the DOM library.
  const scope = globalThis as { requestAnimationFrame?: (callback: () => void) => number };
  if (!scope.requestAnimationFrame) return;
  scope.requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.addEventListener('message', () => {
      performance.mark('wtp:paint');
      performance.measure('wtp:drop-to-paint', 'wtp:edit', 'wtp:paint');
      channel.port1.close();
    });
    channel.port1.start();
    channel.port2.postMessage(null);
  });
}

/** Everything derived from the edit, the suggestions included, is committed. */
export function markSettled(): void {
  measureOnce('settled', 'wtp:drop-to-settled');
}

/** The whole pool is rendered (the board shows its first cards before the rest). */
export function markPoolComplete(): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName('wtp:pool-complete').length > 0) return;
  performance.mark('wtp:pool-complete');
}
