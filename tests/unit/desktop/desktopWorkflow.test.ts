import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { electronBinaryModule } from './electronBinaryModule.js';

/**
 * The CI workflow for the desktop app cannot run here (no Electron download, no hosted
 * runners); what can be checked here is: it parses, it covers the three platforms, every
 * npm script it calls exists, its Node version is the one the project supports, and
 * `npm run test:desktop` stops with a clear message where the binary is absent.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const { findElectronBinary } = await electronBinaryModule();
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
};

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  jobs: Record<string, { strategy: { matrix: { os: string[] } }; steps: Step[] }>;
}

const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/desktop.yml'), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.flatMap((s) => (s.run ? [s.run] : []));

describe('the desktop CI workflow', () => {
  it('runs on Linux, Windows and macOS', () => {
    const os = Object.values(workflow.jobs).flatMap((job) => job.strategy.matrix.os);
    expect(os).toEqual(expect.arrayContaining(['ubuntu-latest', 'windows-latest', 'macos-latest']));
  });

  it('installs with the binary, typechecks, tests, runs the desktop suite and keeps the installers', () => {
    expect(runs).toContain('npm ci');
    expect(runs.some((r) => r.includes('ELECTRON_SKIP_BINARY_DOWNLOAD'))).toBe(false);
    for (const script of ['typecheck', 'test:desktop', 'dist']) expect(runs).toContain(`npm run ${script}`);
    expect(runs).toContain('npm test');
    const upload = steps.find(
      (s) => s.uses?.startsWith('actions/upload-artifact') && String(s.with?.name).startsWith('installers'),
    );
    expect(upload).toBeDefined();
  });

  it('calls only npm scripts that exist', () => {
    const called = runs.flatMap((r) => [...r.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!));
    expect(called.length).toBeGreaterThan(0);
    for (const script of called) expect(Object.keys(pkg.scripts)).toContain(script);
  });

  it('uses the Node version package.json supports', () => {
    const setup = steps.find((s) => s.uses?.startsWith('actions/setup-node'))!;
    const version = String(setup.with!['node-version']);
    expect(version).toBe('22.13');
    expect(pkg.engines.node).toBe('^22.13.0 || >=24');
  });

  it('has a desktop suite to run, with a config that points at it', () => {
    expect(pkg.scripts['test:desktop']).toBe('node scripts/test-desktop.mjs');
    const config = readFileSync(path.join(ROOT, 'playwright.desktop.config.ts'), 'utf8');
    expect(config).toContain("testDir: 'tests/desktop'");
    expect(readdirSync(path.join(ROOT, 'tests/desktop')).some((f) => f.endsWith('.spec.ts'))).toBe(true);
  });
});

describe('npm run test:desktop without the Electron binary', () => {
  it.skipIf(findElectronBinary(ROOT).ok)('stops at once and says how to install it', () => {
    const result = spawnSync(process.execPath, ['scripts/test-desktop.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('test:desktop needs the real Electron binary');
    expect(result.stderr).toContain('ELECTRON_MIRROR=');
    // Nothing was built: it stopped before `npm run build`.
    expect(result.stdout).toBe('');
  });
});

describe('the packed test build', () => {
  it('turns the inspect fuse on only for the desktop suite, never for a release', () => {
    const require = createRequire(import.meta.url);
    const file = path.join(ROOT, 'build/electron-builder.config.cjs');
    const load = (env: string | undefined) => {
      if (env === undefined) delete process.env.WTP_DESKTOP_TEST_BUILD;
      else process.env.WTP_DESKTOP_TEST_BUILD = env;
      delete require.cache[require.resolve(file)];
      return (require(file) as { electronFuses: Record<string, boolean> }).electronFuses;
    };
    try {
      expect(load(undefined).enableNodeCliInspectArguments).toBe(false);
      expect(load('1').enableNodeCliInspectArguments).toBe(true);
      expect(load('1').runAsNode).toBe(false);
    } finally {
      delete process.env.WTP_DESKTOP_TEST_BUILD;
      delete require.cache[require.resolve(file)];
    }
    expect(existsSync(path.join(ROOT, 'scripts/test-desktop.mjs'))).toBe(true);
  });
});
