// The CI gate of `npm test` (scripts/test-all.mjs), as small pure functions so they have
// unit tests of their own (tests/unit/scripts/testGate.test.ts):
// - a skipped (or todo) test fails the run unless tests/e2e/skip-allowlist.json names it
//   with a reason - a skip is a test that silently stopped guarding anything;
// - the run fails when fewer tests ran than the floor in tests/test-floor.json - a suite
//   that fails to be collected, or a filter left in a config, would otherwise look green.
// A test's title is its file, describe blocks and name joined by " › ", e.g.
// "board.spec.ts › dragging › moves a person" (Playwright: file relative to tests/e2e) or
// "tests/unit/engine/coverage.test.ts › coverage › counts levels" (Vitest: relative to the repo).

export const TITLE_SEPARATOR = ' › ';

/** Counts and skipped tests from Vitest's JSON report (`--reporter=json`). */
export function vitestOutcome(report, root) {
  const skippedTests = [];
  for (const file of report?.testResults ?? []) {
    const relative = relativePath(file.name ?? '', root);
    for (const test of file.assertionResults ?? []) {
      // Anything neither passed nor failed did not run: skipped, todo, pending.
      if (test.status !== 'passed' && test.status !== 'failed') {
        skippedTests.push({
          title: [relative, ...(test.ancestorTitles ?? []), test.title].join(TITLE_SEPARATOR),
          status: test.status ?? 'skipped',
        });
      }
    }
  }
  const passed = report?.numPassedTests ?? 0;
  const failed = report?.numFailedTests ?? 0;
  return {
    passed,
    failed,
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
    ran: passed + failed,
    skippedTests,
  };
}

/** Counts and skipped tests from Playwright's JSON report (`--reporter=json`). */
export function playwrightOutcome(report) {
  const skippedTests = [];
  const walk = (suite, titles) => {
    // The top suites are files (title = path relative to testDir); nested ones are describe blocks.
    const here = suite.title ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'skipped') {
          const project = test.projectName ? ` [${test.projectName}]` : '';
          skippedTests.push({ title: [...here, spec.title].join(TITLE_SEPARATOR), status: `skipped${project}` });
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of report?.suites ?? []) walk(suite, []);
  const stats = report?.stats ?? {};
  const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  const failed = stats.unexpected ?? 0;
  return { passed, failed, skipped: stats.skipped ?? 0, ran: passed + failed, skippedTests };
}

/**
 * The allowlist file: an array of { title, why } with a non-empty title and reason.
 * Returns the entries and the problems with the file itself (each one fails the run).
 */
export function parseAllowlist(json, name = 'tests/e2e/skip-allowlist.json') {
  if (!Array.isArray(json))
    return { entries: [], problems: [`${name} must be a JSON array of { "title": ..., "why": ... }`] };
  const entries = [];
  const problems = [];
  json.forEach((entry, i) => {
    const title = typeof entry?.title === 'string' ? entry.title.trim() : '';
    const why = typeof entry?.why === 'string' ? entry.why.trim() : '';
    if (!title) problems.push(`${name}: entry ${i + 1} has no "title"`);
    else if (!why) problems.push(`${name}: "${title}" is allowed to be skipped without a reason ("why")`);
    else entries.push({ title, why });
  });
  return { entries, problems };
}

/** One problem per skipped test that the allowlist does not name. */
export function unexplainedSkips(skippedTests, entries, runner) {
  const allowed = new Set(entries.map((e) => e.title));
  return skippedTests
    .filter((t) => !allowed.has(t.title))
    .map(
      (t) =>
        `${runner}: "${t.title}" was ${t.status} and is not in tests/e2e/skip-allowlist.json (add it with a reason, or run it)`,
    );
}

/**
 * Allowlist entries that matched no skipped test: not a failure (a skip may depend on the machine), but worth a
 * look.
 */
export function unusedAllowlistEntries(skippedTests, entries) {
  const skipped = new Set(skippedTests.map((t) => t.title));
  return entries.filter((e) => !skipped.has(e.title)).map((e) => e.title);
}

/** The floor file: { "vitest": n, "playwright": n } with whole numbers >= 0. */
export function parseFloor(json, name = 'tests/test-floor.json') {
  const problems = [];
  const floor = {};
  for (const runner of ['vitest', 'playwright']) {
    const n = json?.[runner];
    if (!Number.isInteger(n) || n < 0)
      problems.push(`${name}: "${runner}" must be a whole number of tests, not ${JSON.stringify(n)}`);
    else floor[runner] = n;
  }
  return { floor, problems };
}

/** A problem when fewer tests ran than the floor, else null. */
export function belowFloor(runner, ran, floor) {
  if (floor === undefined || ran >= floor) return null;
  return `${runner}: only ${ran} tests ran, fewer than the floor of ${floor} in tests/test-floor.json (a suite was not collected, or tests were filtered or skipped; lower the floor only when tests were removed on purpose)`;
}

/**
 * The whole gate over both runners' outcomes and the two files (each `{ json }`, or
 * `{ problem }` when it could not be read). `problems` fail the run, one failure each;
 * `notes` are printed only.
 */
export function evaluateGate({ outcomes, allowlistFile, floorFile }) {
  const allowlist = allowlistFile.problem
    ? { entries: [], problems: [allowlistFile.problem] }
    : parseAllowlist(allowlistFile.json);
  const floors = floorFile.problem ? { floor: {}, problems: [floorFile.problem] } : parseFloor(floorFile.json);
  const problems = [...allowlist.problems, ...floors.problems];
  const skippedTests = [];
  for (const runner of ['vitest', 'playwright']) {
    const outcome = outcomes[runner] ?? { ran: 0, skippedTests: [] };
    skippedTests.push(...outcome.skippedTests);
    problems.push(...unexplainedSkips(outcome.skippedTests, allowlist.entries, runner));
    const low = belowFloor(runner, outcome.ran, floors.floor[runner]);
    if (low) problems.push(low);
  }
  const notes = unusedAllowlistEntries(skippedTests, allowlist.entries).map(
    (title) => `"${title}" is in tests/e2e/skip-allowlist.json but was not skipped in this run`,
  );
  if (problems.length === 0) {
    const ran = (runner) => `${runner} ${outcomes[runner]?.ran ?? 0} tests ran (floor ${floors.floor[runner]})`;
    notes.push(`${ran('vitest')}, ${ran('playwright')}; no skip outside the allowlist`);
  }
  return { problems, notes };
}

/** The closing line CI reads: `N passed, N failed` and, when there are any, `, N skipped`. */
export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

function relativePath(file, root) {
  if (!root || !(file.startsWith(`${root}/`) || file.startsWith(`${root}\\`))) return file;
  return file.slice(root.length + 1).replaceAll('\\', '/');
}
