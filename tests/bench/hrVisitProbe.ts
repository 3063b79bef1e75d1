/**
 * Where the HR screen's first visit in Chromium spends its time: every API request the
 * visit makes with its start, duration and size, and the moment the matrix shows.
 *   HR_PROBE_TEAMS=200 npx tsx --tsconfig renderer/tsconfig.json tests/bench/hrVisitProbe.ts
 */
import path from 'node:path';
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { startWebHost } from '../../webhost/startWebHost.js';
import { hrDataDir } from './hrBenchData.js';
import { CHROMIUM_LAUNCH } from '../support/chromiumLaunch.js';

const teams = Number(process.env.HR_PROBE_TEAMS ?? 200);
const { dataDir } = await hrDataDir(teams);
const staticRoot = path.resolve(import.meta.dirname, '../../out/renderer');
const host = await startWebHost({ dataDir, port: 0, open: false, staticRoot, log: () => undefined });
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
  await page.addInitScript("window.localStorage.setItem('wtp.tourSeen', '1')");
  await page.goto(host.url);
  await page.getByTestId('nav-design').click();
  await page.waitForTimeout(Number(process.env.HR_PROBE_WAIT ?? 0));
  const cdp = await page.context().newCDPSession(page);
  // HR_PROBE_PROFILE=0: no CPU profile, so the timeline below is not slowed by the profiler.
  const profiling = process.env.HR_PROBE_PROFILE !== '0';
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  // Every task of the page's main thread over 50 ms from here on (the test's checks run on that thread too).
  await page.evaluate(
    "window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask' })",
  );
  const t0 = performance.now();
  const started = new Map<string, number>();
  page.on('request', (r) => started.set(r.url() + r.postData(), performance.now()));
  page.on('requestfinished', async (r) => {
    const begin = started.get(r.url() + r.postData()) ?? t0;
    const body = await r.response().then((res) => res?.body().catch(() => null));
    console.log(
      `${path.basename(new URL(r.url()).pathname).padEnd(24)} start ${(begin - t0).toFixed(0).padStart(6)} ms  took ${(performance.now() - begin).toFixed(0).padStart(6)} ms  ${((body?.length ?? 0) / 1e6).toFixed(2)} MB`,
    );
  });
  // The page's own clock: when the click arrived, when each API request started and ended.
  await page.evaluate(
    "document.addEventListener('click', () => { window.__clickAt = performance.now(); }, { capture: true, once: true });" +
      "new MutationObserver((_, o) => { if (document.querySelector('[data-testid=hr-matrix] tbody tr.hr-row')) { window.__rowAt = performance.now(); requestAnimationFrame(() => setTimeout(() => { window.__paintAt = performance.now(); })); o.disconnect(); } }).observe(document.body, { childList: true, subtree: true })",
  );
  const clickFrom = Date.now();
  await page.getByTestId('nav-hr').click();
  const clickReturned = Date.now();
  await page.locator('#hr-matrix-title .hr-count').waitFor();
  await page.locator('[data-testid="hr-matrix"] tbody tr.hr-row').first().waitFor();
  const seen = Date.now();
  console.log(`matrix shown after ${(performance.now() - t0).toFixed(0)} ms`);
  // One timeline on the wall clock (both processes on this machine), from the moment the test starts its click.
  const pageTimes = (await page.evaluate(
    '[performance.timeOrigin + window.__clickAt, performance.timeOrigin + window.__rowAt, performance.timeOrigin + window.__paintAt, window.__long.map(([s, d]) => [performance.timeOrigin + s, d])]',
  )) as [number, number, number, [number, number][]];
  const at = (epoch: number) => `${(epoch - clickFrom).toFixed(0).padStart(5)} ms`;
  console.log(
    `timeline: click event in the page ${at(pageTimes[0])}; Playwright's click returned ${at(clickReturned)}`,
  );
  console.log(`timeline: first row in the document ${at(pageTimes[1])}, painted ${at(pageTimes[2])}`);
  for (const [start, duration] of pageTimes[3])
    console.log(`timeline: long task at ${at(start)}, ${duration.toFixed(0)} ms`);
  console.log(`timeline: the test saw the matrix ${at(seen)}`);
  const shownAt = (await page.evaluate('performance.now() - window.__clickAt')) as number;
  const entries = (await page.evaluate(
    "performance.getEntriesByType('resource').filter((e) => e.startTime >= window.__clickAt).map((e) => [e.name, e.startTime - window.__clickAt, e.responseStart - window.__clickAt, e.responseEnd - window.__clickAt, e.encodedBodySize])",
  )) as [string, number, number, number, number][];
  for (const [name, start, first, end, size] of entries) {
    console.log(
      `page clock: ${path.basename(name).padEnd(20)} sent ${start.toFixed(0)} ms, first byte ${first.toFixed(0)} ms, done ${end.toFixed(0)} ms after the click, ${(size / 1e6).toFixed(2)} MB`,
    );
  }
  console.log(`page clock: matrix seen by the test ${shownAt.toFixed(0)} ms after the click`);
  console.log(
    `page clock: first matrix row in the document ${String(await page.evaluate('Math.round(window.__rowAt - window.__clickAt)'))} ms, painted ${String(await page.evaluate('Math.round(window.__paintAt - window.__clickAt)'))} ms after the click`,
  );
  console.log(
    await page.evaluate(
      "[...document.querySelectorAll('[data-testid=hr-screen] > *, [data-testid=hr-screen] section')].map((e) => (e.getAttribute('data-testid') || e.getAttribute('aria-labelledby') || e.className) + ': ' + e.getElementsByTagName('*').length).join(', ')",
    ),
  );
  console.log(
    `elements in the page: ${String(await page.evaluate('document.getElementsByTagName("*").length'))}, matrix rows: ${String(await page.locator('[data-testid="hr-matrix"] tbody tr').count())}`,
  );
  await page.waitForTimeout(1500);
  if (!profiling) process.exit(0);
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${v.toFixed(0).padStart(6)} ms  ${k}`);
} finally {
  await browser.close();
  await host.close();
  rmSync(dataDir, { recursive: true, force: true });
}
