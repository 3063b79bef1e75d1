import type { Page } from '@playwright/test';

/**
 * The two frames of a mouse drag that the measured drop leaves out, for the UI bench:
 *   - pick-up: from the mouse move that starts the drag (the first one 6 px away from
 *     where the button went down, dnd-kit's activation distance on the board) until the
 *     frame that shows the card as dragged is painted;
 *   - release: from the mouse button going up until the frame that shows the card back
 *     in place and the hours dialog open is painted.
 * Both are the frames in which the pool re-rendered all its cards before the fourth round.
 * Marks `wtp:pickup`/`wtp:release` (the event), `…-shown` (the DOM changed) and
 * `…-painted` for traces (dropProfile.ts). It watches the page, not the renderer's own
 * marks (the `is-dragging` class of a pool card appearing and going), so it measures
 * earlier builds the same way. "Painted" as in
 * renderer/app/perf.ts: the first task after the frame's animation callback.
 */
const PROBE = `(() => {
  const frames = { pickup: [], release: [] };
  globalThis.__wtpDragFrames = frames;
  let down = null;
  let activated = 0;
  let released = 0;
  addEventListener('mousedown', (e) => { down = { x: e.clientX, y: e.clientY }; activated = 0; }, true);
  addEventListener('mousemove', (e) => {
    if (!down || activated || Math.hypot(e.clientX - down.x, e.clientY - down.y) < 6) return;
    activated = e.timeStamp;
    performance.mark('wtp:pickup');
  }, true);
  addEventListener('mouseup', (e) => {
    down = null;
    released = e.timeStamp;
    performance.mark('wtp:release');
  }, true);
  const afterPaint = (from, list, name) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      list.push(performance.now() - from);
      performance.mark(name + '-painted');
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  });
  new MutationObserver((records) => {
    for (const record of records) {
      const card = record.target;
      if (!card.classList || !card.classList.contains('pool-card')) continue;
      const was = (record.oldValue || '').includes('is-dragging');
      const is = card.classList.contains('is-dragging');
      if (!was && is && activated) {
        performance.mark('wtp:pickup-shown');
        afterPaint(activated, frames.pickup, 'wtp:pickup');
      }
      if (was && !is && released) {
        performance.mark('wtp:release-shown');
        afterPaint(released, frames.release, 'wtp:release');
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'], attributeOldValue: true });
})();`;

export interface DragFrames {
  pickup: number[];
  release: number[];
}

/** Call before the page loads the planner. */
export async function watchDragFrames(page: Page): Promise<void> {
  await page.addInitScript({ content: PROBE });
}

export async function readDragFrames(page: Page): Promise<DragFrames> {
  return page.evaluate(
    () => (globalThis as unknown as { __wtpDragFrames?: DragFrames }).__wtpDragFrames ?? { pickup: [], release: [] },
  );
}
