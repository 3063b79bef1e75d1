import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { highsWorkerLocation } from '../../../node/compose/workerLocation.js';

/**
 * The desktop app starts the composer's worker from the bundle beside main.cjs, with
 * HiGHS's WebAssembly beside it. Built here into a folder outside the repository (no
 * node_modules to fall back on), it must solve a model on its own.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'wtp-highs-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundled HiGHS worker', () => {
  it('solves a small integer program from its own folder', async () => {
    // @ts-expect-error - a plain .mjs build script without type declarations
    const script = (await import('../../../scripts/build-electron.mjs')) as {
      electronBuildOptions: (outDir: string) => { highsWorker: object };
      copyHighsWasm: (outDir: string) => void;
    };
    await build({ ...script.electronBuildOptions(dir).highsWorker, logLevel: 'error' } as Parameters<typeof build>[0]);
    script.copyHighsWasm(dir);

    const worker = new Worker(highsWorkerLocation(undefined, dir));
    try {
      const answer = await new Promise<{ ok: boolean; result?: { objective: number; values: number[] } }>(
        (resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage({
            id: 1,
            lp: 'Maximize\n obj: x + y\nSubject To\n c1: x + 2 y <= 4\n c2: 3 x + y <= 6\nBounds\n 0 <= x <= 10\n 0 <= y <= 10\nGeneral\n x\n y\nEnd\n',
            options: {},
            names: ['x', 'y'],
          });
        },
      );
      expect(answer.ok).toBe(true);
      // Whole x and y with x + 2y <= 4 and 3x + y <= 6: the best sum is 2.
      expect(answer.result?.objective).toBeCloseTo(2);
      expect(answer.result!.values[0]! + answer.result!.values[1]!).toBeCloseTo(2);
    } finally {
      await worker.terminate();
    }
  }, 60_000);

  it('is looked for outside the asar archive, where a worker thread can start it', () => {
    expect(highsWorkerLocation(undefined, '/opt/Wijkteamplanner/resources/app.asar/out/electron')).toBe(
      '/opt/Wijkteamplanner/resources/app.asar.unpacked/out/electron/highsWorker.cjs',
    );
    expect(String(highsWorkerLocation('file:///repo/node/compose/highsClient.ts', undefined))).toBe(
      'file:///repo/node/compose/highsWorker.mjs',
    );
  });
});
