import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/engine/index.js';
import { parsePlan } from '../../../shared/plan/parsePlan.js';

const dir = new URL('../../../examples/plans/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('example plans', () => {
  it('exist', () => {
    expect(files).toContain('wijkteam-oost.json');
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
});
