#!/usr/bin/env node
// `npm test`: every suite in one command - vitest (unit, integration, reliability) and,
// when present, Playwright end-to-end tests - then one closing line
// `N passed, N failed` that CI reads. Exits non-zero when anything failed.
// Then the gate (scripts/testGate.mjs): a skipped test not in tests/e2e/skip-allowlist.json,
// or fewer tests than the floor in tests/test-floor.json, counts as a failure; the reason
// is printed above the closing line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { evaluateGate, playwrightOutcome, summaryLine, vitestOutcome } from './testGate.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outDir = path.join(root, 'out', 'test-results');
mkdirSync(outDir, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;
/** What the gate checks once both runners are done. */
const outcomes = { vitest: vitestOutcome(null, root), playwright: playwrightOutcome(null) };

function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

// Before the suites: the pieces the end-to-end tests and the shell checks need.
for (const [label, script] of [
  ['build', 'build'],
  ['security scan', 'test:security'],
]) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (pkg.scripts?.[script]) {
    const status = run(label, 'npm', ['run', '--silent', script]);
    // A pass here is a precondition, not a test; a failure counts as one.
    if (status !== 0) failed += 1;
  }
}

const vitestJson = path.join(outDir, 'vitest.json');
rmSync(vitestJson, { force: true });
const vitestStatus = run('vitest', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const outcome = vitestOutcome(JSON.parse(readFileSync(vitestJson, 'utf8')), root);
  outcomes.vitest = outcome;
  passed += outcome.passed;
  failed += outcome.failed;
  skipped += outcome.skipped;
  if (vitestStatus !== 0 && outcome.failed === 0) broken = true; // e.g. a suite failed to load
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
    const outcome = playwrightOutcome(JSON.parse(readFileSync(pwJson, 'utf8')));
    outcomes.playwright = outcome;
    passed += outcome.passed;
    failed += outcome.failed;
    skipped += outcome.skipped;
    if (status !== 0 && outcome.failed === 0) broken = true;
  } else if (status !== 0) {
    broken = true;
  }
}

// The gate: every problem is one failure, with its reason printed above the closing line.
function readJson(relative) {
  try {
    return { json: JSON.parse(readFileSync(path.join(root, relative), 'utf8')) };
  } catch (error) {
    return { problem: `${relative} could not be read: ${error.message}` };
  }
}
console.log('\n=== gate ===');
const gate = evaluateGate({
  outcomes,
  allowlistFile: readJson('tests/e2e/skip-allowlist.json'),
  floorFile: readJson('tests/test-floor.json'),
});
for (const note of gate.notes) console.log(`gate: ${note}`);
for (const problem of gate.problems) console.log(`gate failed: ${problem}`);
failed += gate.problems.length;

if (broken && failed === 0) failed = 1; // a runner crashed without counting: never report green
console.log(`\n${summaryLine({ passed, failed, skipped })}`);
process.exit(failed > 0 ? 1 : 0);
