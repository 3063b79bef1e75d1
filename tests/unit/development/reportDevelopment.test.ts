import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../scripts/report/args.js';

/** `npm run report -- plan.json --development K [--json]`, run as a user runs it. */
const root = path.resolve(import.meta.dirname, '../../..');
const example = path.join(root, 'examples/plans/wijkteam-oost.json');

function report(...args: string[]) {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/report.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run report -- --development K', () => {
  it('prints the best steps per person in Dutch, proven, with the advice-only note', () => {
    const { code, stdout, stderr } = report(example, '--development', '3', '--today', '2026-11-29');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Ontwikkelplan \(hoogstens 3 stappen\) – Wijkteam Oost\n/);
    expect(stdout).toContain('Bewezen de beste keuze van hoogstens 3 stappen.');
    expect(stdout).toContain('Durf van niveau 2 naar 3 – Werkt in Sociaalpsychiatrische zorg');
    expect(stdout).toContain(
      'Sociaalpsychiatrische zorg: ontbreekt → kwetsbaar (niveau 3; dan 1 met dat niveau, 1 nodig)',
    );
    expect(stdout).toContain('Dit plan is een advies');
  });

  it('gives the same plan as JSON', () => {
    const { code, stdout } = report(example, '--development', '3', '--json', '--today', '2026-11-29');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ format: 'wijkteam-development', version: 1, k: 3, proof: 'optimal', teams: 1 });
    expect(json.steps.map((s: { personName: string }) => s.personName)).toContain('Ruud Jansen');
  });

  it('refuses a bad K with exit code 2 and a message naming the option, never a stack trace', () => {
    for (const bad of ['0', '21', 'drie']) {
      const { code, stderr } = report(example, '--development', bad);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^report: Het aantal ontwikkelstappen na --development moet/);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
    expect(parseArgs(['plan.json', '--development'])).toMatchObject({
      ok: false,
      message: '--development verwacht een waarde',
    });
  });
});
