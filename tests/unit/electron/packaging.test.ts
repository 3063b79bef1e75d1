import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string; hardenedRuntime: boolean };
  nsis: { installerLanguages: string[] };
  publish: null;
}
const config = require(path.join(root, 'build', 'electron-builder.config.cjs')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
};

describe('electron-builder config', () => {
  it('names the app and targets Linux AppImage + deb, Windows NSIS, macOS dmg', () => {
    expect(config.appId).toBe('nl.wijkteamplanner.app');
    expect(config.productName).toBe('Wijkteamplanner');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.nsis.installerLanguages[0]).toBe('nl_NL');
    expect(config.publish).toBeNull();
  });

  it('packs the app in an asar but the native SQLite addon outside it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('ships of node_modules only the runtime of better-sqlite3 (main bundles the rest)', () => {
    const exclude = config.files.indexOf('!node_modules/**/*');
    expect(exclude).toBeGreaterThan(-1);
    const kept = config.files.slice(exclude + 1).filter((p) => p.startsWith('node_modules/'));
    expect(kept).toEqual(
      expect.arrayContaining([
        'node_modules/better-sqlite3/lib/**',
        'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
        'node_modules/bindings/**',
      ]),
    );
    // What better-sqlite3 requires at run time must be among them.
    const betterSqlite = readFileSync(path.join(root, 'node_modules', 'better-sqlite3', 'lib', 'database.js'), 'utf8');
    for (const dependency of [...betterSqlite.matchAll(/require\('([^'.][^']*)'\)/g)].map((m) => m[1]!)) {
      if (['fs', 'path', 'util'].includes(dependency)) continue;
      expect(
        kept.some((p) => p.startsWith(`node_modules/${dependency}/`)),
        dependency,
      ).toBe(true);
    }
    const bindings = readFileSync(path.join(root, 'node_modules', 'bindings', 'bindings.js'), 'utf8');
    expect(bindings).toContain("require('file-uri-to-path')");
    expect(kept).toContain('node_modules/file-uri-to-path/**');
  });

  it('ships the entry point package.json names, and no source maps', () => {
    expect(pkg.main).toBe('out/electron/main.cjs');
    expect(config.files).toEqual(
      expect.arrayContaining(['out/electron/**', 'out/renderer/**', 'package.json', '!**/*.map']),
    );
  });

  it('flips the fuses: no RunAsNode, no NODE_OPTIONS or --inspect, asar integrity and asar-only loading', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('points at icons that exist and are large enough', () => {
    for (const icon of [config.win.icon, config.mac.icon]) {
      const png = readFileSync(path.join(root, icon));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512); // IHDR width
    }
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(existsSync(path.join(root, config.linux.icon, `${size}x${size}.png`)), `${size}`).toBe(true);
    }
  });

  it('has the npm scripts that build, start, serve and package the app', () => {
    expect(pkg.scripts.build).toContain('build:electron');
    expect(pkg.scripts.start).toMatch(/build-native-electron\.mjs && electron \./);
    expect(pkg.scripts.dist).toBe('node scripts/build-dist.mjs');
    expect(pkg.scripts.web).toContain('webhost/main.ts');
    expect(pkg.scripts['test:security']).toBe('node build/electronegativity.mjs');
  });
});

describe('electronegativity gate', () => {
  type Gate = {
    parseFindings: (
      sarif: string,
      readSource: (file: string) => string | undefined,
    ) => Array<{ check: string; file: string; location: string; sample: string }>;
    sarifProblems: (sarif: string) => string[];
    judge: (findings: unknown[], allowlist: unknown[]) => { unexplained: unknown[]; stale: unknown[] };
  };
  // @ts-expect-error - a plain .mjs build script without type declarations
  const loadGate = async () => (await import('../../../build/electronegativity.mjs')) as Gate;
  const finding = (ruleId: string, uri: string, startLine: number, startColumn: number, charLength: number) => ({
    ruleId,
    level: 'warning',
    message: { text: 'x' },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine, startColumn, charLength } } }],
  });
  const sarif = (results: unknown[]) => JSON.stringify({ version: '2.1.0', runs: [{ tool: {}, results }] });
  const mainTs = [
    'import x from "y";',
    '  const w = new BrowserWindow({ webPreferences: { nodeIntegration: true } });',
    '  const open = createSafeOpenExternal((url) =>',
    '    shell.openExternal(url), log);',
  ].join('\n');

  it('fails on findings the allowlist does not explain, and on stale allowlist entries', async () => {
    const gate = await loadGate();
    const text = sarif([
      finding('NODE_INTEGRATION_JS_CHECK', 'electron/main.ts', 2, 13, 60),
      finding('OPEN_EXTERNAL_JS_CHECK', 'electron/main.ts', 4, 5, 30),
      finding('CSP_GLOBAL_CHECK', 'file:///', 1, 1, 0),
    ]);
    const findings = gate.parseFindings(text, (file) => (file === 'electron/main.ts' ? mainTs : undefined));
    expect(findings).toHaveLength(3);
    expect(findings[0]).toMatchObject({
      check: 'NODE_INTEGRATION_JS_CHECK',
      file: 'electron/main.ts',
      location: '2:13',
      sample: 'const w = new BrowserWindow({ webPreferences: { nodeIntegration: true } });',
    });
    expect(findings[1]).toMatchObject({ location: '4:5', sample: 'shell.openExternal(url), log);' });
    expect(findings[2]).toMatchObject({ check: 'CSP_GLOBAL_CHECK', file: 'N/A' });

    const allowOpen = {
      check: 'OPEN_EXTERNAL_JS_CHECK',
      file: 'electron/main.ts',
      sampleIncludes: 'shell.openExternal',
      reason: 'x'.repeat(30),
    };
    const allowCsp = { check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason: 'x'.repeat(30) };
    const verdict = gate.judge(findings, [allowOpen, allowCsp]);
    expect(verdict.unexplained).toEqual([findings[0]]);
    expect(verdict.stale).toEqual([]);

    expect(gate.judge([findings[1]], [allowOpen, allowCsp]).stale).toEqual([allowCsp]);
    const wrongSample = { ...allowOpen, sampleIncludes: 'somethingElse' };
    expect(gate.judge([findings[1]], [wrongSample]).unexplained).toHaveLength(1);
  });

  it('tells a whole scanner result from a cut one, which is scanned again instead of judged', async () => {
    const gate = await loadGate();
    const whole = sarif([finding('CSP_GLOBAL_CHECK', 'file:///', 1, 1, 0)]);
    expect(gate.sarifProblems(whole)).toEqual([]);
    expect(gate.sarifProblems(sarif([]))).toEqual([]);
    // Cut while writing, as a scanner stopped by the timeout leaves it.
    expect(gate.sarifProblems(whole.slice(0, whole.length - 20)).length).toBeGreaterThan(0);
    expect(gate.sarifProblems('').length).toBeGreaterThan(0);
    expect(gate.sarifProblems(JSON.stringify({ runs: [] })).length).toBeGreaterThan(0);
    // A result without a check name or place is not a finding.
    expect(gate.sarifProblems(sarif([{ ruleId: 'x', level: 'warning' }])).length).toBeGreaterThan(0);
  });

  it('gives every allowlist entry a reason', () => {
    const allowlist = JSON.parse(
      readFileSync(path.join(root, 'build', 'electronegativity-allowlist.json'), 'utf8'),
    ) as Array<{ reason: string }>;
    for (const entry of allowlist) expect(entry.reason.length).toBeGreaterThan(40);
  });
});
