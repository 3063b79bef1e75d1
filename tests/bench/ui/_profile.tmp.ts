import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startWebHost } from '../../../webhost/startWebHost.js';
import { revealInPool } from '../../e2e/pages/BoardPage.js';
import { apiFor } from '../../e2e/support/api.js';
import { largePlan } from './largePlan.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'wtp-prof-'));
const first = await startWebHost({ dataDir, seedSample: false, log: () => undefined });
const plan = largePlan(500, 15);
const result = await apiFor(first.url)('plan.import', { plan, onConflict: 'copy' });
if (result.status !== 'imported') throw new Error('x');
await first.close();
const members = new Set(plan.assignments.map((a) => a.professionalId));
const people = plan.professionals.filter((p) => !members.has(p.id)).map((p) => p.name);
const functions = plan.functions.map((f) => f.name);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
await page.addInitScript((id) => {
  (globalThis as any).localStorage.setItem('wtp.tourSeen', '1');
  (globalThis as any).localStorage.setItem('wtp.lastScenario', id);
}, result.scenarioId);
const host = await startWebHost({ dataDir, seedSample: false, log: () => undefined });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const mode = process.argv[2] ?? 'drops';
if (mode === 'start') await cdp.send('Profiler.start');
const t0 = performance.now();
await page.goto(host.url);
await page.locator('[data-testid="function-lane"]').nth(functions.length - 1).waitFor();
await page.locator('[data-testid="pool-card"]').first().waitFor();
console.log('cold', performance.now() - t0);
const profiles: any[] = [];
const N = mode === 'start' ? 0 : 12;
for (let i = 0; i < N; i++) {
  const source = page.locator(`[data-testid="pool-card"][data-name="${people[i]}"] .pool-card-handle`);
  const target = page.locator(`[data-testid="function-lane"][data-function="${functions[i % 15]}"]`);
  await target.scrollIntoViewIfNeeded();
  await revealInPool(source);
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(30, to.height / 2), { steps: 8 });
  const now = (await target.boundingBox())!;
  await page.mouse.move(now.x + now.width / 2, now.y + Math.min(30, now.height / 2), { steps: 2 });
  await page.mouse.up();
  await page.getByTestId('hours-dialog').waitFor();
  await page.waitForTimeout(300);
  if (mode === 'drops') await cdp.send('Profiler.start');
  if (mode === 'trace' && i === 6) await browser.startTracing(page, { path: '/tmp/bp/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'] });
  await page.getByTestId('hours-confirm').click();
  await page.locator(`[data-testid="function-lane"][data-function="${functions[i % 15]}"] [data-testid="member"][data-name="${people[i]}"]`).waitFor();
  await page.waitForTimeout(400);
  if (mode === 'trace' && i === 6) await browser.stopTracing();
  if (mode === 'drops') profiles.push((await cdp.send('Profiler.stop')).profile);
}
const profile = mode === 'drops' ? merge(profiles) : mode === 'start' ? (await cdp.send('Profiler.stop')).profile : null;
const m = await page.evaluate(() => [
  performance.getEntriesByName('wtp:drop-to-coverage').map((e) => e.duration),
  performance.getEntriesByName('wtp:drop-to-settled').map((e) => e.duration),
]);
console.log(JSON.stringify(m));
if (profile) writeFileSync('/tmp/bp/profile.cpuprofile', JSON.stringify(profile));
await browser.close();
await host.close();

function merge(list: any[]) {
  // Concatenate: offset node ids per profile.
  const nodes: any[] = []; const samples: number[] = []; const timeDeltas: number[] = [];
  let offset = 0;
  for (const p of list) {
    let max = 0;
    for (const n of p.nodes) { nodes.push({ ...n, id: n.id + offset, children: (n.children ?? []).map((c: number) => c + offset) }); max = Math.max(max, n.id); }
    for (const s of p.samples) samples.push(s + offset);
    timeDeltas.push(...p.timeDeltas);
    offset += max + 1;
  }
  return { nodes, samples, timeDeltas };
}
