import type { Page } from '@playwright/test';

/** What `armPaintAfter` watches for: the input that starts the clock and the part of the page that must change. */
export interface PaintWatch {
  /** The event that starts the clock (captured on the document, the first one counts). */
  on: 'keydown' | 'pointerdown';
  /** The element whose subtree must change (children or text). */
  selector: string;
  /**
   * Attributes whose change counts too (a choice's `data-selected`); leave out the focus and
   * press attributes, which change at once, before the edit has been handled.
   */
  attributes?: string[];
  /** How long after the paint long tasks are still counted (work the edit left for later). */
  tailMs?: number;
}

/**
 * Runs in the page: from the next `on` event until `selector`'s subtree has changed and the
 * frame after it is painted, with the longest main-thread task from the event until then (plus
 * `tailMs`): how long the page could not answer. Read with `paintAfter`. One page-side
 * function, not a string (the app's CSP forbids eval), typed without the DOM library (this is
 * a node-side file), and with no named functions inside, which tsx would wrap in a helper the
 * page does not have. An input that changes nothing resolves as NaN after 15 s and is not counted.
 */
export function armPaintAfter(page: Page, watch: PaintWatch): Promise<void> {
  return page.evaluate(
    ({ on, selector, attributes, tailMs }) => {
      type El = object;
      type Task = { startTime: number; duration: number };
      const g = globalThis as unknown as {
        document: { querySelector(s: string): El | null; addEventListener(e: string, f: () => void, c: boolean): void };
        MutationObserver: new (f: () => void) => { observe(n: El, o: object): void; disconnect(): void };
        requestAnimationFrame(f: () => void): void;
        PerformanceObserver: new (f: (list: { getEntries(): Task[] }) => void) => {
          observe(o: { type: 'longtask' }): void;
          takeRecords(): Task[];
          disconnect(): void;
        };
        __paintAfter?: Promise<[number, number]>;
      };
      g.__paintAfter = new Promise<[number, number]>((resolve) => {
        let start = 0;
        let longest = 0;
        const tasks = new g.PerformanceObserver((list) =>
          list.getEntries().forEach((e) => {
            if (start && e.startTime + e.duration >= start) longest = Math.max(longest, e.duration);
          }),
        );
        tasks.observe({ type: 'longtask' });
        const observer = new g.MutationObserver(() => {
          if (!start) return;
          observer.disconnect();
          g.requestAnimationFrame(() =>
            setTimeout(() => {
              const painted = performance.now() - start;
              setTimeout(() => {
                tasks.takeRecords().forEach((e) => {
                  if (e.startTime + e.duration >= start) longest = Math.max(longest, e.duration);
                });
                tasks.disconnect();
                resolve([painted, longest]);
              }, tailMs);
            }, 0),
          );
        });
        observer.observe(g.document.querySelector(selector)!, {
          childList: true,
          subtree: true,
          characterData: true,
          ...(attributes.length ? { attributeFilter: attributes } : {}),
        });
        g.document.addEventListener(on, () => (start ||= performance.now()), true);
        setTimeout(() => resolve([NaN, NaN]), 15_000);
      });
    },
    { on: watch.on, selector: watch.selector, attributes: watch.attributes ?? [], tailMs: watch.tailMs ?? 0 },
  );
}

/** The armed input's time to the painted change and the longest main-thread task in it (ms). */
export const paintAfter = (page: Page): Promise<[number, number]> =>
  page.evaluate(() => (globalThis as unknown as { __paintAfter: Promise<[number, number]> }).__paintAfter);
