import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../support/chromiumLaunch.js';

/** What the HR browser benches share: Chromium, a page on a host, the HR screen shown, the page's own clock. */

/** The median of `runs` timed runs, after one untimed run (JIT, lazy imports) unless `warmUp` is false. */
export async function median(run: () => unknown, runs: number, warmUp = true): Promise<number> {
  if (warmUp) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Until the HR matrix shows `rows` rows in its count and its first row, checked in the page
 * at every frame. (Since 2026-11-30; before, Playwright's `locator.waitFor`, which checks at
 * once and then after pauses of 20, 50, 100, 100 and then 500 ms, so the test's clock moved
 * in steps of up to half a second: a row painted at 295 ms was seen near 770 ms.)
 */
export async function hrShown(page: Page, rows: number): Promise<void> {
  // A function, not a string: Playwright evaluates a string predicate with eval() at every
  // check after the first, which the app's CSP refuses (no 'unsafe-eval'). The check ran
  // only once while the host shared this process (the first check came after the rows).
  // This file is compiled without the DOM's types, hence the narrow type of `document`.
  await page.waitForFunction(
    (count) => {
      const { document } = globalThis as unknown as {
        document: { querySelector(selector: string): { textContent: string | null } | null };
      };
      return (
        document.querySelector('#hr-matrix-title .hr-count')?.textContent?.includes(`(${count})`) === true &&
        document.querySelector('[data-testid="hr-matrix"] tbody tr.hr-row') !== null
      );
    },
    rows,
    { polling: 'raf', timeout: 120_000 },
  );
}

/** Chromium as every test starts it, with `window.gc` so the heap is measured after a collection. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...CHROMIUM_LAUNCH, args: [...CHROMIUM_LAUNCH.args, '--js-flags=--expose-gc'] });
}

/**
 * A page on the host (tour dismissed, CDP metrics on), a way back to the light team-design
 * screen, and the baseline: opening the catalogue screen from there (median of `runs`).
 * HR's visits start from the same screen, so neither figure includes leaving a heavy one.
 */
export async function openHostPage(browser: Browser, url: string, runs: number) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript("window.localStorage.setItem('wtp.tourSeen', '1')");
  await page.goto(url);
  const toDesign = async () => {
    await page.getByTestId('nav-design').click();
    await page.getByTestId('nav-design').and(page.locator('[aria-current="page"]')).waitFor();
  };
  const catalogue = await median(async () => {
    await toDesign();
    await page.getByTestId('nav-catalogue').click();
    await page.getByTestId('nav-catalogue').and(page.locator('[aria-current="page"]')).waitFor();
  }, runs);
  return { page, cdp, toDesign, catalogue };
}

/**
 * Records, in the page, when the click arrived (its handler ran: `__clickAt`), when the
 * browser made the click event (`event.timeStamp`, `__clickStamp`: the input's own time,
 * before it waited for the page's main thread), and when the first matrix row was in the
 * document and painted.
 */
export const PAGE_CLOCK =
  "document.addEventListener('click', (e) => { window.__clickAt = performance.now(); window.__clickStamp = e.timeStamp; }, { capture: true, once: true });" +
  "new MutationObserver((_, o) => { if (document.querySelector('[data-testid=hr-matrix] tbody tr.hr-row')) {" +
  ' o.disconnect(); requestAnimationFrame(() => setTimeout(() => { window.__paintAt = performance.now(); })); } })' +
  '.observe(document.body, { childList: true, subtree: true })';

/**
 * How long Playwright's click took to reach the page (its checks that the button is
 * visible, stable over two frames and hit, then the mouse events over CDP): from `sinceEpoch`
 * (this process's `performance.timeOrigin + performance.now()` when the test's clock
 * started) to the click event in the page. Part of the test's clock, never of the page's.
 * Split in two (seventh round): until the browser made the input event (`untilInput`:
 * Playwright's own checks and protocol, nothing a user's click waits for) and the event
 * waiting for the page's main thread (`inputWaited`: what a user's click waits for too).
 */
export async function clickWayIn(
  page: Page,
  sinceEpoch: number,
): Promise<{ total: number; untilInput: number; inputWaited: number }> {
  const [clickAt, stamp] = (await page.evaluate(
    '[performance.timeOrigin + window.__clickAt, performance.timeOrigin + window.__clickStamp]',
  )) as [number, number];
  return { total: clickAt - sinceEpoch, untilInput: stamp - sinceEpoch, inputWaited: clickAt - stamp };
}

/** The page's clock after a click with PAGE_CLOCK set: click (its handler) to the first matrix row painted. */
export async function clickToPainted(page: Page): Promise<number> {
  // A function, as in hrShown: a string would be eval'ed after the first check, which the CSP refuses.
  await page.waitForFunction(() => (globalThis as { __paintAt?: number }).__paintAt !== undefined);
  return (await page.evaluate('window.__paintAt - window.__clickAt')) as number;
}

/**
 * The user's clock after a click with PAGE_CLOCK set: the input event's own time (when the
 * browser made it, before it waited for a busy main thread) to the first matrix row
 * painted. What a user who clicks waits; the page's clock plus the input's wait.
 */
export async function inputToPainted(page: Page): Promise<number> {
  await page.waitForFunction(() => (globalThis as { __paintAt?: number }).__paintAt !== undefined);
  return (await page.evaluate('window.__paintAt - window.__clickStamp')) as number;
}
