import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adviseDesign, bestAdditions, computeCoverage } from '../../../shared/engine/index.js';
import { parsePlan } from '../../../shared/plan/parsePlan.js';

const dir = new URL('../../../examples/plans/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('example plans', () => {
  it('exist', () => {
    expect(files).toEqual(expect.arrayContaining(['wijkteam-oost.json', 'sociaal-team-noord.json']));
  });

  it.each(files)('%s is a valid team plan', (file) => {
    const result = parsePlan(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('Wijkteam Oost shows a realistic picture: mostly covered, a few gaps, one person over-allocated', () => {
    const result = parsePlan(JSON.parse(readFileSync(new URL('wijkteam-oost.json', dir), 'utf8')));
    if (!result.ok) throw new Error('example must parse');
    const report = computeCoverage(result.plan);
    expect(result.plan.professionals).toHaveLength(15);
    expect(report.memberIds).toHaveLength(12);
    expect(report.requirementsCovered).toBe(37);
    expect(report.requirementsTotal).toBe(39);
    expect(report.overAllocated).toEqual(['p07']);
  });

  it('Sociaal Team Noord shows a team under construction, and who from the pool completes it', () => {
    const result = parsePlan(JSON.parse(readFileSync(new URL('sociaal-team-noord.json', dir), 'utf8')));
    if (!result.ok) throw new Error('example must parse');
    const report = computeCoverage(result.plan);
    expect(report.functions.find((f) => f.id === 'beperking')).toMatchObject({ memberIds: [], coverage: 0 });
    expect(report.expertise.find((e) => e.key === 'youth')!.status).toBe('shell');
    expect(report.expertise.find((e) => e.key === 'disability')!.status).toBe('missing');
    const rules = adviseDesign(result.plan, report).map((a) => a.rule);
    expect(rules).toEqual(
      expect.arrayContaining([
        'function-without-members',
        // No consultation for it, so the one line that names both ways out (not also expertise-missing).
        'expertise-no-consultation',
        'front-field-missing',
        'over-allocated',
      ]),
    );
    expect(bestAdditions(result.plan, 3)).toEqual([
      { professionalId: 'n07', functionId: 'beperking', newlyCovered: 4, suggestedHours: 16, teamCoverageAfter: 1 },
    ]);
  });
});
