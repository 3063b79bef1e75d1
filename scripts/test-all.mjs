#!/usr/bin/env node
// `npm test`: every suite in one command - vitest (unit, integration, reliability) and,
// when present, Playwright end-to-end tests - then one closing line
// `N passed, N failed` that CI reads. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outDir = path.join(root, 'out', 'test-results');
mkdirSync(outDir, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;

function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

// Before the suites: the pieces the end-to-end tests and the shell checks need.
for (const [label, script] of [['build', 'build'], ['security scan', 'test:security']]) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (pkg.scripts?.[script]) {
    const status = run(label, 'npm', ['run', '--silent', script]);
    // A pass here is a precondition, not a test; a failure counts as one.
    if (status !== 0) failed += 1;
  }
}

const vitestJson = path.join(outDir, 'vitest.json');
rmSync(vitestJson, { force: true });
const vitestStatus = run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (vitestStatus !== 0 && (report.numFailedTests ?? 0) === 0) broken = true; // e.g. a suite failed to load
} else if (vitestStatus !== 0) {
  broken = true;
}

if (existsSync(path.join(root, 'playwright.config.ts'))) {
  const pwJson = path.join(outDir, 'playwright.json');
  rmSync(pwJson, { force: true });
  const status = spawnSync(bin('playwright'), ['test', '--reporter=list,json'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson },
  }).status;
  if (existsSync(pwJson)) {
    const stats = JSON.parse(readFileSync(pwJson, 'utf8')).stats ?? {};
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
    skipped += stats.skipped ?? 0;
    if (status !== 0 && (stats.unexpected ?? 0) === 0) broken = true;
  } else if (status !== 0) {
    broken = true;
  }
}

if (broken && failed === 0) failed = 1; // a runner crashed without counting: never report green
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
