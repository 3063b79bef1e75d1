import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../shared/api/contract.js';

// The preload as shipped (same esbuild options as `npm run build`), run the way a
// sandboxed preload runs: CommonJS with a `require` that knows only 'electron'.
let dir: string;
let code: string;

beforeAll(async () => {
  // @ts-expect-error - a plain .mjs build script without type declarations
  const script = (await import('../../../scripts/build-electron.mjs')) as {
    electronBuildOptions: (outDir: string) => { preload: object };
  };
  dir = mkdtempSync(path.join(tmpdir(), 'preload-'));
  const options = script.electronBuildOptions(dir).preload;
  await build({ ...options, logLevel: 'error' } as Parameters<typeof build>[0]);
  code = readFileSync(path.join(dir, 'preload.cjs'), 'utf8');
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('preload bundle', () => {
  it('requires nothing but electron (a sandboxed preload can load nothing else)', () => {
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('exposes exactly window.planner with the named API, and never ipcRenderer', () => {
    const exposed = new Map<string, Record<string, unknown>>();
    const invoked: string[] = [];
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: async (channel: string) => (invoked.push(channel), { ok: true, value: null }),
        on: () => {},
        removeListener: () => {},
      },
    };
    const sandboxRequire = (name: string) => {
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return fakeElectron;
    };
    const module = { exports: {} };
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console });
    expect([...exposed.keys()]).toEqual(['planner']);
    const planner = exposed.get('planner')!;
    expect(Object.keys(planner.api as object).sort()).toEqual([...API_METHODS].sort());
    expect(JSON.stringify(Object.keys(planner))).not.toContain('ipcRenderer');
    void (planner.api as Record<string, (i: unknown) => Promise<unknown>>)['teams.list']!({});
    expect(invoked).toEqual(['api:teams.list']);
  });
});
