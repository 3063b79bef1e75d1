import { describe, expect, it } from 'vitest';

/**
 * The CI gate's checks (scripts/testGate.mjs). The reports below have the shape the two
 * runners write (Vitest `--reporter=json`, Playwright `--reporter=json`), taken from real
 * runs with skipped, todo and fixme tests.
 */

interface SkippedTest {
  title: string;
  status: string;
}
interface Outcome {
  passed: number;
  failed: number;
  skipped: number;
  ran: number;
  skippedTests: SkippedTest[];
}
interface Entry {
  title: string;
  why: string;
}
interface Gate {
  TITLE_SEPARATOR: string;
  vitestOutcome(report: unknown, root: string): Outcome;
  playwrightOutcome(report: unknown): Outcome;
  parseAllowlist(json: unknown): { entries: Entry[]; problems: string[] };
  unexplainedSkips(skipped: SkippedTest[], entries: Entry[], runner: string): string[];
  unusedAllowlistEntries(skipped: SkippedTest[], entries: Entry[]): string[];
  parseFloor(json: unknown): { floor: { vitest?: number; playwright?: number }; problems: string[] };
  belowFloor(runner: string, ran: number, floor: number | undefined): string | null;
  evaluateGate(input: {
    outcomes: { vitest: Outcome; playwright: Outcome };
    allowlistFile: { json?: unknown; problem?: string };
    floorFile: { json?: unknown; problem?: string };
  }): { problems: string[]; notes: string[] };
  summaryLine(counts: { passed: number; failed: number; skipped: number }): string;
}

// A plain .mjs (test-all.mjs runs under bare node); typed here by the interface above.
const gate = (await import(new URL('../../../scripts/testGate.mjs', import.meta.url).href)) as Gate;

const root = '/repo';
const vitestReport = {
  numPassedTests: 2,
  numFailedTests: 1,
  numPendingTests: 2,
  numTodoTests: 1,
  testResults: [
    {
      name: '/repo/tests/unit/a.test.ts',
      assertionResults: [
        { ancestorTitles: ['grp'], title: 'sk', status: 'skipped' },
        { ancestorTitles: ['grp'], title: 'td', status: 'todo' },
        { ancestorTitles: ['grp'], title: 'ok', status: 'passed' },
        { ancestorTitles: ['grp', 'inner'], title: 'dyn', status: 'skipped' },
      ],
    },
    {
      name: '/repo/tests/unit/b.test.ts',
      assertionResults: [
        { ancestorTitles: [], title: 'top', status: 'passed' },
        { ancestorTitles: [], title: 'broken', status: 'failed' },
      ],
    },
  ],
};
const playwrightReport = {
  suites: [
    {
      title: 'a.spec.ts',
      file: 'a.spec.ts',
      specs: [{ title: 'top pass', tests: [{ status: 'expected', projectName: '' }] }],
      suites: [
        {
          title: 'group',
          file: 'a.spec.ts',
          specs: [
            { title: 'skipped one', tests: [{ status: 'skipped', projectName: '' }] },
            { title: 'fails', tests: [{ status: 'unexpected', projectName: '' }] },
            { title: 'flaky one', tests: [{ status: 'flaky', projectName: '' }] },
          ],
        },
      ],
    },
    {
      title: 'b.spec.ts',
      file: 'b.spec.ts',
      specs: [{ title: 'fixme one', tests: [{ status: 'skipped', projectName: 'chromium' }] }],
    },
  ],
  stats: { expected: 1, unexpected: 1, flaky: 1, skipped: 2 },
};

describe("reading the runners' reports", () => {
  it('counts Vitest tests that ran and names every skipped and todo test by file, describe blocks and title', () => {
    expect(gate.vitestOutcome(vitestReport, root)).toEqual({
      passed: 2,
      failed: 1,
      skipped: 3,
      ran: 3,
      skippedTests: [
        { title: 'tests/unit/a.test.ts › grp › sk', status: 'skipped' },
        { title: 'tests/unit/a.test.ts › grp › td', status: 'todo' },
        { title: 'tests/unit/a.test.ts › grp › inner › dyn', status: 'skipped' },
      ],
    });
  });

  it('counts Playwright tests that ran (flaky ones passed in the end) and names the skipped ones', () => {
    expect(gate.playwrightOutcome(playwrightReport)).toEqual({
      passed: 2,
      failed: 1,
      skipped: 2,
      ran: 3,
      skippedTests: [
        { title: 'a.spec.ts › group › skipped one', status: 'skipped' },
        { title: 'b.spec.ts › fixme one', status: 'skipped [chromium]' },
      ],
    });
  });

  it('keeps the full path of a file outside the repository (a sibling folder whose name starts the same)', () => {
    const report = {
      numPassedTests: 0,
      testResults: [
        { name: '/repo-other/x.test.ts', assertionResults: [{ ancestorTitles: [], title: 't', status: 'todo' }] },
      ],
    };
    expect(gate.vitestOutcome(report, root).skippedTests).toEqual([
      { title: '/repo-other/x.test.ts › t', status: 'todo' },
    ]);
  });

  it('treats a missing report as nothing ran', () => {
    expect(gate.vitestOutcome(null, root)).toMatchObject({ ran: 0, skippedTests: [] });
    expect(gate.playwrightOutcome(undefined)).toMatchObject({ ran: 0, skippedTests: [] });
  });
});

describe('the skip allowlist', () => {
  it('accepts entries with a title and a reason, and refuses the file or an entry without them', () => {
    expect(gate.parseAllowlist([{ title: 'a.spec.ts › x', why: 'needs a printer' }])).toEqual({
      entries: [{ title: 'a.spec.ts › x', why: 'needs a printer' }],
      problems: [],
    });
    expect(gate.parseAllowlist({ title: 'x', why: 'y' }).problems).toEqual([
      expect.stringContaining('must be a JSON array'),
    ]);
    const bad = gate.parseAllowlist([{ title: 'a', why: '  ' }, { why: 'no title' }, { title: 'b', why: 'ok' }]);
    expect(bad.entries).toEqual([{ title: 'b', why: 'ok' }]);
    expect(bad.problems).toEqual([
      expect.stringContaining('"a" is allowed to be skipped without a reason'),
      expect.stringContaining('entry 2 has no "title"'),
    ]);
  });

  it('fails every skipped test it does not name, exactly by title', () => {
    const skipped = gate.playwrightOutcome(playwrightReport).skippedTests;
    const problems = gate.unexplainedSkips(
      skipped,
      [{ title: 'a.spec.ts › group › skipped one', why: 'reason' }],
      'playwright',
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^playwright: "b\.spec\.ts › fixme one" was skipped \[chromium\] and is not in tests\/e2e\/skip-allowlist\.json/,
      ),
    ]);
    // A title that only resembles the skipped one does not cover it.
    expect(
      gate.unexplainedSkips(
        skipped,
        [
          { title: 'skipped one', why: 'r' },
          { title: 'b.spec.ts › fixme one', why: 'r' },
        ],
        'playwright',
      ),
    ).toHaveLength(1);
    expect(gate.unexplainedSkips([], [], 'vitest')).toEqual([]);
  });

  it('points out entries that matched no skipped test', () => {
    expect(
      gate.unusedAllowlistEntries(
        [{ title: 'x', status: 'skipped' }],
        [
          { title: 'x', why: 'r' },
          { title: 'gone', why: 'r' },
        ],
      ),
    ).toEqual(['gone']);
  });
});

describe('the test floor', () => {
  it('needs a whole number for each runner', () => {
    expect(gate.parseFloor({ vitest: 456, playwright: 29 })).toEqual({
      floor: { vitest: 456, playwright: 29 },
      problems: [],
    });
    const bad = gate.parseFloor({ vitest: '456', playwright: -1 });
    expect(bad.floor).toEqual({});
    expect(bad.problems).toHaveLength(2);
    expect(gate.parseFloor(null).problems).toHaveLength(2);
  });

  it('fails when fewer tests ran than the floor, not when as many or more ran', () => {
    expect(gate.belowFloor('vitest', 455, 456)).toMatch(/^vitest: only 455 tests ran, fewer than the floor of 456/);
    expect(gate.belowFloor('vitest', 456, 456)).toBeNull();
    expect(gate.belowFloor('playwright', 30, 29)).toBeNull();
    expect(gate.belowFloor('playwright', 0, 0)).toBeNull();
  });
});

describe('the whole gate', () => {
  const outcomes = {
    vitest: gate.vitestOutcome(vitestReport, root),
    playwright: gate.playwrightOutcome(playwrightReport),
  };
  const allSkipsExplained = [...outcomes.vitest.skippedTests, ...outcomes.playwright.skippedTests].map((t) => ({
    title: t.title,
    why: 'reason',
  }));

  it('passes with every skip explained and the floors met, and says what it counted', () => {
    const result = gate.evaluateGate({
      outcomes,
      allowlistFile: { json: allSkipsExplained },
      floorFile: { json: { vitest: 3, playwright: 3 } },
    });
    expect(result.problems).toEqual([]);
    expect(result.notes).toEqual([
      'vitest 3 tests ran (floor 3), playwright 3 tests ran (floor 3); no skip outside the allowlist',
    ]);
  });

  it('collects one problem per unexplained skip, per runner under its floor and per unreadable file', () => {
    const result = gate.evaluateGate({
      outcomes,
      allowlistFile: { json: allSkipsExplained.slice(1) },
      floorFile: { json: { vitest: 3, playwright: 4 } },
    });
    expect(result.problems).toEqual([
      expect.stringContaining('vitest: "tests/unit/a.test.ts › grp › sk" was skipped'),
      expect.stringContaining('playwright: only 3 tests ran, fewer than the floor of 4'),
    ]);
    const unreadable = gate.evaluateGate({
      outcomes,
      allowlistFile: { problem: 'tests/e2e/skip-allowlist.json could not be read' },
      floorFile: { problem: 'tests/test-floor.json could not be read' },
    });
    // Both files, and all five skips (nothing is allowed without the list); no floor to check.
    expect(unreadable.problems).toHaveLength(2 + 5);
  });
});

describe('the closing line', () => {
  it('is exactly `N passed, N failed`, with `, N skipped` only when something was skipped', () => {
    expect(gate.summaryLine({ passed: 485, failed: 0, skipped: 0 })).toBe('485 passed, 0 failed');
    expect(gate.summaryLine({ passed: 3, failed: 2, skipped: 1 })).toBe('3 passed, 2 failed, 1 skipped');
  });
});
