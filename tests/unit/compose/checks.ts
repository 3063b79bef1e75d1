import type { MipModel } from '../../../shared/compose/mip.js';
import { expect } from 'vitest';
import { compareScores, composedPlan, scoreOf } from '../../../shared/compose/composition.js';
import type { ComposeOptions } from '../../../shared/compose/options.js';
import type { ComposeResult } from '../../../shared/compose/result.js';
import { computeCoverage } from '../../../shared/engine/coverage.js';
import type { TeamPlan } from '../../../shared/plan/planSchema.js';

/** Every rule a composition must keep, checked with the coverage engine's own numbers. */
export function expectValid(plan: TeamPlan, options: ComposeOptions, result: ComposeResult): void {
  const composed = composedPlan(plan, result.composition);
  const report = computeCoverage(composed);
  expect(result.score).toEqual(scoreOf(plan, result.composition));
  expect(result.score.requirementsCovered).toBe(report.requirementsCovered);
  const locked = new Set(options.locked.map((a) => `${a.professionalId}/${a.functionId}`));
  const excluded = new Set(options.excluded);
  for (const load of report.professionals) {
    const lockedHours = result.composition
      .filter((a) => a.professionalId === load.id && locked.has(`${a.professionalId}/${a.functionId}`))
      .reduce((s, a) => s + a.hours, 0);
    const available = Math.max(0, load.contractHours - (options.hoursElsewhere[load.id] ?? 0));
    expect(load.hoursAllocated).toBeLessThanOrEqual(Math.max(available, lockedHours) + 1e-9);
  }
  const shell = new Set(plan.functions.filter((f) => f.placement === 'shell').map((f) => f.id));
  for (const a of result.composition) {
    expect(excluded.has(a.professionalId)).toBe(false);
    expect(shell.has(a.functionId)).toBe(false);
    if (!locked.has(`${a.professionalId}/${a.functionId}`))
      expect(a.hours).toBeGreaterThanOrEqual(options.minHours - 1e-9);
  }
  if (result.greedy) expect(compareScores(result.score, result.greedy.score, options.objective)).toBeLessThanOrEqual(0);
}

/** Every bound and row of the model holds at these values (with a tolerance for hundredths). */
export function violations(model: MipModel, values: ArrayLike<number>): string[] {
  const out: string[] = [];
  model.variables.forEach((v, i) => {
    if (values[i]! < v.lower - 1e-6 || values[i]! > v.upper + 1e-6) out.push(`${v.name}=${values[i]}`);
  });
  for (const row of model.constraints) {
    const sum = row.terms.reduce((s, t) => s + t.coef * values[t.v]!, 0);
    if (sum < row.lower - 1e-6 || sum > row.upper + 1e-6) out.push(`${row.name}: ${sum}`);
  }
  return out;
}
