import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * `npm test` (scripts/test-all.mjs) with its gate, end to end but in seconds: the script and
 * its gate module are copied into a scratch repo whose node_modules/.bin holds stand-ins for
 * vitest and playwright that write a given JSON report and exit with a given status.
 */

const root = path.resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const fakeVitest = `#!/usr/bin/env node
import { copyFileSync } from 'node:fs';
const out = process.argv.find((a) => a.startsWith('--outputFile.json=')).slice('--outputFile.json='.length);
copyFileSync(process.env.FAKE_VITEST_REPORT, out);
process.exit(Number(process.env.FAKE_VITEST_STATUS ?? 0));
`;
const fakePlaywright = `#!/usr/bin/env node
import { copyFileSync } from 'node:fs';
copyFileSync(process.env.FAKE_PLAYWRIGHT_REPORT, process.env.PLAYWRIGHT_JSON_OUTPUT_NAME);
process.exit(Number(process.env.FAKE_PLAYWRIGHT_STATUS ?? 0));
`;

interface Scenario {
  vitest: { passed: string[]; failed?: string[]; skipped?: string[] };
  playwright: { passed: number; failed?: number; skipped?: string[] };
  floor?: unknown;
  allowlist?: unknown;
}

function runTestAll(s: Scenario): { lines: string[]; status: number | null } {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'planner-test-all-'));
  dirs.push(repo);
  fs.mkdirSync(path.join(repo, 'scripts'));
  for (const f of ['test-all.mjs', 'testGate.mjs'])
    fs.copyFileSync(path.join(root, 'scripts', f), path.join(repo, 'scripts', f));
  // No build or security scripts: the scratch repo only has the two runners.
  fs.writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ type: 'module' }));
  fs.writeFileSync(path.join(repo, 'playwright.config.ts'), '');
  const bin = path.join(repo, 'node_modules', '.bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.mkdirSync(path.join(bin, '..', 'fake'));
  fs.writeFileSync(path.join(bin, '..', 'fake', 'package.json'), JSON.stringify({ type: 'module' }));
  fs.writeFileSync(path.join(bin, '..', 'fake', 'vitest.js'), fakeVitest);
  fs.writeFileSync(path.join(bin, '..', 'fake', 'playwright.js'), fakePlaywright);
  for (const name of ['vitest', 'playwright']) {
    fs.chmodSync(path.join(bin, '..', 'fake', `${name}.js`), 0o755);
    fs.symlinkSync(path.join('..', 'fake', `${name}.js`), path.join(bin, name));
  }
  fs.mkdirSync(path.join(repo, 'tests', 'e2e'), { recursive: true });
  if (s.floor !== undefined) fs.writeFileSync(path.join(repo, 'tests', 'test-floor.json'), JSON.stringify(s.floor));
  if (s.allowlist !== undefined)
    fs.writeFileSync(path.join(repo, 'tests', 'e2e', 'skip-allowlist.json'), JSON.stringify(s.allowlist));

  const file = path.join(repo, 'tests', 'unit', 'a.test.ts');
  const result = (status: string) => (title: string) => ({ ancestorTitles: ['suite'], title, status });
  const { passed, failed = [], skipped = [] } = s.vitest;
  const vitestReport = {
    numPassedTests: passed.length,
    numFailedTests: failed.length,
    numPendingTests: skipped.length,
    numTodoTests: 0,
    testResults: [
      {
        name: file,
        assertionResults: [
          ...passed.map(result('passed')),
          ...failed.map(result('failed')),
          ...skipped.map(result('skipped')),
        ],
      },
    ],
  };
  const pw = s.playwright;
  const playwrightReport = {
    suites: [
      {
        title: 'a.spec.ts',
        specs: (pw.skipped ?? []).map((title) => ({ title, tests: [{ status: 'skipped', projectName: '' }] })),
      },
    ],
    stats: { expected: pw.passed, unexpected: pw.failed ?? 0, flaky: 0, skipped: (pw.skipped ?? []).length },
  };
  fs.writeFileSync(path.join(repo, 'vitest-report.json'), JSON.stringify(vitestReport));
  fs.writeFileSync(path.join(repo, 'playwright-report.json'), JSON.stringify(playwrightReport));
  const out = spawnSync(process.execPath, [path.join(repo, 'scripts', 'test-all.mjs')], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      FAKE_VITEST_REPORT: path.join(repo, 'vitest-report.json'),
      FAKE_VITEST_STATUS: failed.length ? '1' : '0',
      FAKE_PLAYWRIGHT_REPORT: path.join(repo, 'playwright-report.json'),
      FAKE_PLAYWRIGHT_STATUS: pw.failed ? '1' : '0',
    },
  });
  return { lines: out.stdout.trim().split('\n'), status: out.status };
}

const good: Scenario = {
  vitest: { passed: ['a', 'b', 'c'] },
  playwright: { passed: 2 },
  floor: { vitest: 3, playwright: 2 },
  allowlist: [],
};

describe('npm test with the gate', () => {
  it('ends with `N passed, N failed` and exits 0 when everything ran and passed', () => {
    const { lines, status } = runTestAll(good);
    expect(lines.at(-1)).toBe('5 passed, 0 failed');
    expect(lines).toContain(
      'gate: vitest 3 tests ran (floor 3), playwright 2 tests ran (floor 2); no skip outside the allowlist',
    );
    expect(status).toBe(0);
  });

  it('counts a skipped test outside the allowlist as a failure and says which one above the closing line', () => {
    const { lines, status } = runTestAll({ ...good, vitest: { passed: ['a', 'b', 'c'], skipped: ['later'] } });
    expect(lines.at(-1)).toBe('5 passed, 1 failed, 1 skipped');
    const reason = lines.findIndex((l) =>
      l.startsWith('gate failed: vitest: "tests/unit/a.test.ts › suite › later" was skipped'),
    );
    expect(reason).toBeGreaterThan(-1);
    expect(reason).toBeLessThan(lines.length - 1);
    expect(status).toBe(1);
  });

  it('lets a skip pass when the allowlist names it with a reason', () => {
    const { lines, status } = runTestAll({
      ...good,
      playwright: { passed: 2, skipped: ['needs a printer'] },
      allowlist: [{ title: 'a.spec.ts › needs a printer', why: 'no printer on the build machines' }],
    });
    expect(lines.at(-1)).toBe('5 passed, 0 failed, 1 skipped');
    expect(status).toBe(0);
  });

  it('fails when fewer tests ran than the floor, and when the floor file is missing', () => {
    const low = runTestAll({ ...good, playwright: { passed: 1 } });
    expect(low.lines.at(-1)).toBe('4 passed, 1 failed');
    expect(low.lines).toContainEqual(
      expect.stringMatching(/^gate failed: playwright: only 1 tests ran, fewer than the floor of 2/),
    );
    expect(low.status).toBe(1);
    const missing = runTestAll({ ...good, floor: undefined });
    expect(missing.lines.at(-1)).toBe('5 passed, 1 failed');
    expect(missing.lines).toContainEqual(
      expect.stringMatching(/^gate failed: tests\/test-floor\.json could not be read/),
    );
  });

  it("adds gate failures to the runners' own failures", () => {
    const { lines, status } = runTestAll({
      ...good,
      vitest: { passed: ['a', 'b'], failed: ['c'], skipped: ['d'] },
      playwright: { passed: 1, failed: 1 },
    });
    // 2 test failures + the unexplained skip; both floors are met (failed tests ran).
    expect(lines.at(-1)).toBe('3 passed, 3 failed, 1 skipped');
    expect(status).toBe(1);
  });
});
