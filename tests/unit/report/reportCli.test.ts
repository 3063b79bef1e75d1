import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs the real command the way `npm run report -- ...` does, and captures what a user sees. */
const root = path.resolve(import.meta.dirname, '../../..');
const example = path.join(root, 'examples/plans/wijkteam-oost.json');

function report(...args: string[]) {
  return reportWithInput('', ...args);
}

function reportWithInput(input: string, ...args: string[]) {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/report.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break plans in ways no plan type allows
function writePlan(mutate: (plan: Record<string, any>) => void): string {
  const plan = JSON.parse(readFileSync(example, 'utf8'));
  mutate(plan);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'report-cli-')), 'plan.json');
  writeFileSync(file, JSON.stringify(plan));
  return file;
}

describe('npm run report', () => {
  it('prints the Dutch text report of the example plan', () => {
    const { code, stdout, stderr } = report(example, '--today', '2026-11-23');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Dekkingsrapport – Wijkteam Oost');
    expect(stdout).toContain('Teamdekking: 95% (37 van 39 eisen gedekt)');
    expect(stdout).toContain('✗ Durf ≥3: ontbreekt (0 geschikt, 1 nodig, tekort 1 niveau)');
    expect(stdout).toContain('! Overtuigingskracht ≥3: kwetsbaar: rust op één persoon');
    expect(stdout).toContain('Crisisinterventie [in de schil] – het team verwijst door naar de specialistische schil');
    expect(stdout).toContain('Lisa Hendriks: 38 van 36 contracturen');
    expect(stdout).toContain('[Let op] Creativiteit op niveau 3 rust alleen op Tom Mulder.');
    expect(stdout).toMatch(
      /Wie dicht het gat\?\n {2}Sociaalpsychiatrische zorg – Durf ≥3 \(ontbreekt\):\n {4}Iris de Boer/,
    );
  });

  it("gives nothing but the JSON through npm run -s, as the README's command for files and programs says", () => {
    const npm = spawnSync('npm', ['run', '-s', 'report', '--', example, '--json', '--today', '2026-11-23'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(npm.status).toBe(0);
    expect(JSON.parse(npm.stdout)).toMatchObject({ format: 'wijkteam-report' });
  });

  it('prints the stable JSON report with --json, identical on every run', () => {
    const first = report(example, '--json', '--today', '2026-11-23', '--suggestions', '2');
    expect(first.code).toBe(0);
    const json = JSON.parse(first.stdout);
    expect(json).toMatchObject({
      format: 'wijkteam-report',
      version: 1,
      teamCoverage: 37 / 39,
      overAllocated: ['p07'],
    });
    const ggz = json.functions.find((f: { id: string }) => f.id === 'ggz');
    expect(ggz).toMatchObject({ id: 'ggz', coverage: 0.75, hoursRequired: 24, hoursAllocated: 24 });
    expect(ggz.requirements[1]).toEqual({
      competency: 'daring',
      level: 3,
      minPeople: 1,
      qualified: 0,
      status: 'missing',
      shortfall: 1,
      thin: false,
    });
    expect(json.advice).toContainEqual(
      expect.objectContaining({ rule: 'competency-single-person', severity: 'warning' }),
    );
    expect(json.suggestions[0].candidates).toHaveLength(2);
    expect(report(example, '--json', '--today', '2026-11-23', '--suggestions', '2').stdout).toBe(first.stdout);
  });

  it('speaks English with --lang en, and reads the plan from standard input with -', () => {
    const { code, stdout } = reportWithInput(
      readFileSync(example, 'utf8'),
      '-',
      '--lang',
      'en',
      '--today',
      '2026-11-23',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Coverage report – Wijkteam Oost');
    expect(stdout).toContain('Team coverage: 95% (37 of 39 requirements covered)');
  });

  it('names the exact place of bad input, exits with 2, and shows no stack trace', () => {
    const file = writePlan((plan) => {
      plan.professionals[3].ratings.empathy = 7;
      plan.assignments[0].hours = -1;
    });
    const nl = report(file);
    expect(nl.code).toBe(2);
    expect(nl.stdout).toBe('');
    expect(nl.stderr).toBe(
      `${file}: professional 4 (Mehmet Yilmaz), ratings.empathy: niveau moet een heel getal van 0 tot en met 4 zijn\n` +
        `${file}: toewijzing 1, hours: uren moeten meer dan 0 en hoogstens 60 per week zijn\n`,
    );
    const en = report(file, '--lang', 'en');
    expect(en.stderr).toContain(
      'professional 4 (Mehmet Yilmaz), ratings.empathy: rating must be a whole number from 0 to 4',
    );
    expect(en.stderr).not.toMatch(/\bat \S+ \(|Error:/);
  });

  it('exits with 2 and a clear message for a missing file, a non-JSON file and an unknown option', () => {
    const missing = report(path.join(tmpdir(), 'does-not-exist.json'));
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/does-not-exist\.json: bestand niet gevonden\n$/);

    const notJson = path.join(mkdtempSync(path.join(tmpdir(), 'report-cli-')), 'plan.json');
    writeFileSync(notJson, '{ "format": "wijkteam-plan", }');
    expect(report(notJson, '--lang', 'en')).toMatchObject({
      code: 2,
      stderr: `${notJson}: this is not valid JSON (line 1, column 30)\n`,
    });

    const option = report(example, '--xml');
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^report: onbekende optie: --xml\n\nGebruik: npm run report/);
  });
});
