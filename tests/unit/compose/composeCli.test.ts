import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseComposeArgs } from '../../../scripts/compose/args.js';
import { computeCoverage } from '../../../shared/engine/coverage.js';
import { buildJsonReport } from '../../../shared/engine/jsonReport.js';
import { parsePlanJson } from '../../../shared/plan/parsePlan.js';
import { randomPlan } from '../../bench/composeData.js';

/** Runs the real command the way `npm run compose -- ...` does (asynchronously: the solves run side by side). */
const root = path.resolve(import.meta.dirname, '../../..');
const examples = readdirSync(path.join(root, 'examples/plans'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => path.join(root, 'examples/plans', f));

function compose(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/compose.ts', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const tmp = () => mkdtempSync(path.join(tmpdir(), 'compose-cli-'));

describe('npm run compose', () => {
  const generated = path.join(tmp(), 'generated.json');
  writeFileSync(generated, JSON.stringify(randomPlan(3, 12, 3)));

  it.each([...examples, generated])(
    'answers the JSON contract for %s, and --out writes a plan the report reads the same',
    async (file) => {
      const out = path.join(tmp(), 'composed.json');
      const { code, stdout, stderr } = await compose(file, '--json', '--time-limit', '60', '--out', out);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const json = JSON.parse(stdout);
      expect(Object.keys(json)).toEqual(
        expect.arrayContaining([
          'status',
          'objective',
          'bound',
          'gap',
          'elapsedMs',
          'teamCoverage',
          'requirementsCovered',
          'requirementsTotal',
          'people',
          'assignments',
          'uncoverable',
        ]),
      );
      expect(['optimal', 'feasible']).toContain(json.status);
      expect(json.objective).toEqual({ name: 'people', value: json.people.length });
      for (const a of json.assignments)
        expect(Object.keys(a).sort()).toEqual(['functionId', 'hours', 'professionalId']);
      for (const u of json.uncoverable)
        expect(Object.keys(u)).toEqual(
          expect.arrayContaining(['functionId', 'competency', 'level', 'minPeople', 'eligible', 'teamWide']),
        );

      const written = parsePlanJson(readFileSync(out, 'utf8'));
      expect(written.ok).toBe(true);
      if (!written.ok) return;
      const report = buildJsonReport(written.plan, { suggestions: 0, today: '2026-11-29' });
      expect(report.teamCoverage).toBe(json.teamCoverage);
      expect(report.requirementsCovered).toBe(json.requirementsCovered);
      expect(report.requirementsTotal).toBe(json.requirementsTotal);
      expect(computeCoverage(written.plan).memberIds).toEqual(json.people);
      expect(computeCoverage(written.plan).overAllocated).toEqual([]);
    },
    180_000,
  );

  it('speaks Dutch by default: status, coverage, people and what nobody can cover', async () => {
    // Nobody in this pool is rated on Durf (daring), which one function asks at level 3.
    const plan = JSON.parse(
      readFileSync(
        examples.find((f) => f.includes('oost'))!,
        'utf8',
      ),
    );
    for (const p of plan.professionals) delete p.ratings.daring;
    const file = path.join(tmp(), 'oost.json');
    writeFileSync(file, JSON.stringify(plan));
    const { code, stdout } = await compose(file, '--time-limit', '60');
    expect(code).toBe(0);
    expect(stdout).toContain('Teamsamenstelling voor Wijkteam Oost');
    expect(stdout).toMatch(/Teamdekking \d+%: \d+ van \d+ eisen gedekt/);
    expect(stdout).toContain('Wat niemand in de pool kan dekken');
    expect(stdout).toContain('niemand in de pool heeft Durf op niveau 3');
  }, 180_000);

  it('keeps the current members with --keep-members', async () => {
    const file = examples.find((f) => f.includes('oost'))!;
    const plan = JSON.parse(readFileSync(file, 'utf8'));
    const { code, stdout } = await compose(
      file,
      '--json',
      '--keep-members',
      '--objective',
      'contractHours',
      '--time-limit',
      '60',
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.objective.name).toBe('contractHours');
    for (const a of plan.assignments) expect(json.assignments).toContainEqual(a);
  }, 180_000);

  it("gives a bound and a gap when time runs out before a tier's relaxation ends (200 x 12, --json and text)", async () => {
    const large = path.join(tmp(), 'large.json');
    writeFileSync(large, JSON.stringify(randomPlan(1, 200, 12)));
    // The worker compiles HiGHS first: 0.3 s cannot finish the goal tier's relaxation.
    const json = JSON.parse((await compose(large, '--json', '--time-limit', '0.3')).stdout);
    expect(json.status).toBe('feasible');
    expect(json.stoppedAt).toBe('objective');
    expect(json.bound).toBe(7);
    expect(json.gap).toBeCloseTo((json.people.length - 7) / json.people.length, 12);
    const text = await compose(large, '--time-limit', '0.3');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Gestopt bij: .* \(hooguit \d+(,\d+)?% van het best mogelijke\)/);
  }, 180_000);

  it('refuses bad input with exit 2 and a message naming the place, never a stack trace', async () => {
    const broken = path.join(tmp(), 'broken.json');
    const plan = JSON.parse(readFileSync(examples[0]!, 'utf8'));
    plan.professionals[0].contractHours = -3;
    writeFileSync(broken, JSON.stringify(plan));
    const bad = await compose(broken);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^.*broken\.json: professional 1 \(.+\), contractHours: /);
    expect(bad.stderr).not.toContain('    at ');
    const missing = await compose(path.join(tmp(), 'nope.json'), '--lang', 'en');
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('file not found') });
    const option = await compose(examples[0]!, '--min-hours', '0');
    expect(option).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--min-hours moet een getal groter dan 0'),
    });
  }, 60_000);
});

describe('compose command line', () => {
  it('has defaults and reads every option', () => {
    expect(parseComposeArgs(['plan.json'])).toEqual({
      ok: true,
      args: {
        file: 'plan.json',
        json: false,
        objective: 'people',
        keepMembers: false,
        timeLimitSeconds: 10,
        minHours: 4,
        out: null,
        lang: 'nl',
      },
    });
    expect(
      parseComposeArgs([
        '--json',
        'plan.json',
        '--objective=contractHours',
        '--keep-members',
        '--time-limit',
        '2.5',
        '--min-hours',
        '6',
        '--out',
        'x.json',
        '--lang',
        'en',
      ]),
    ).toEqual({
      ok: true,
      args: {
        file: 'plan.json',
        json: true,
        objective: 'contractHours',
        keepMembers: true,
        timeLimitSeconds: 2.5,
        minHours: 6,
        out: 'x.json',
        lang: 'en',
      },
    });
  });

  it('refuses unknown options and bad values', () => {
    expect(parseComposeArgs(['plan.json', '--fast'])).toMatchObject({
      ok: false,
      message: { key: 'compose.cli.unknownOption' },
    });
    expect(parseComposeArgs(['plan.json', '--objective', 'cost'])).toMatchObject({
      ok: false,
      message: { key: 'compose.cli.badObjective' },
    });
    expect(parseComposeArgs(['plan.json', '--time-limit', '-1'])).toMatchObject({
      ok: false,
      message: { key: 'compose.cli.badTimeLimit' },
    });
    expect(parseComposeArgs(['plan.json', '--out'])).toMatchObject({
      ok: false,
      message: { key: 'compose.cli.needsValue' },
    });
    expect(parseComposeArgs([])).toMatchObject({ ok: false, message: { key: 'compose.cli.noFile' } });
    expect(parseComposeArgs(['a.json', 'b.json'])).toMatchObject({
      ok: false,
      message: { key: 'compose.cli.twoFiles' },
    });
  });
});
