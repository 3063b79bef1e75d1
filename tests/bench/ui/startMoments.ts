import type { Page } from '@playwright/test';

/**
 * The moments of a cold start as the page itself sees them, on the wall clock (`Date.now()`,
 * the same system clock the bench reads in Node), so they can be set against the bench's own
 * clock start (before the host starts):
 *   - `boardInDom`: the last function lane and the first pool card are in the DOM (a
 *     MutationObserver; the commit that put them there);
 *   - `boardPainted`: the first frame with them painted (the first task after the next
 *     animation frame), the moment the user sees a board they can drag from;
 *   - `allPainted`: the coverage panel with its summary, gaps, advice, heat map and radar in
 *     the DOM, and painted: work deferred past the board's first frame cannot hide here.
 *
 * Why not Playwright's `locator.waitFor` alone: it polls with pauses of 20, 50, 100, 100 and
 * then 500 ms after the page's load event, which fires before the app has even been evaluated,
 * so the moment it notices the board can be up to 500 ms after the board was there. Both are
 * printed; these are the precise ones.
 */
export interface StartMoments {
  boardInDom: number;
  boardPainted: number;
  allPainted: number;
}

const BOARD = (lanes: number) =>
  `document.querySelectorAll('[data-testid="function-lane"]').length >= ${lanes} && document.querySelector('[data-testid="pool-card"]') !== null`;
const EVERYTHING = [
  '[data-testid="coverage-panel"] [data-testid="coverage-summary"]',
  '[data-testid="coverage-panel"] [data-testid="advice-list"]',
  '[data-testid="coverage-panel"] [data-testid="heatmap"]',
  '[data-testid="coverage-panel"] [data-testid="radar"]',
  '[data-testid="coverage-panel"] [data-testid="function-coverage"]',
]
  .map((selector) => `document.querySelector('${selector}') !== null`)
  .join(' && ');

/**
 * Installs the observer in every document `page` opens from now on; call before `goto`.
 * A string, not a function: tsx would add helpers to a function's source that the page lacks.
 */
export async function watchStartMoments(page: Page, lanes: number): Promise<void> {
  await page.addInitScript(`(() => {
    const seen = (globalThis.__wtpStart = {});
    const painted = (name) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (seen[name] = Date.now());
        channel.port2.postMessage(null);
      });
    const observer = new MutationObserver(() => {
      if (seen.boardInDom === undefined && ${BOARD(lanes)}) {
        seen.boardInDom = Date.now();
        painted('boardPainted');
      }
      if (seen.allInDom === undefined && ${EVERYTHING}) {
        seen.allInDom = Date.now();
        painted('allPainted');
      }
      if (seen.boardInDom !== undefined && seen.allInDom !== undefined) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  })()`);
}

/** Waits until everything is painted; each moment in ms since `clockStart` (a `Date.now()` in Node). */
export async function readStartMoments(page: Page, clockStart: number): Promise<StartMoments> {
  await page.waitForFunction('globalThis.__wtpStart && globalThis.__wtpStart.allPainted !== undefined', undefined, {
    polling: 5,
  });
  const seen = (await page.evaluate('globalThis.__wtpStart')) as StartMoments;
  return {
    boardInDom: seen.boardInDom - clockStart,
    boardPainted: seen.boardPainted - clockStart,
    allPainted: seen.allPainted - clockStart,
  };
}
