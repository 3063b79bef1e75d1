import type { MipConstraint, MipModel, MipVariable, Term } from '../compose/mip.js';
import type { DevelopmentContext } from './context.js';
import { CLOSE_WEIGHT } from './weights.js';

/**
 * The best k steps as an integer program, in the composer's plain MIP data
 * (shared/compose/mip.ts) so its HiGHS runner solves it unchanged.
 *
 * - x[s] binary: step s is in the plan. sum x <= k; per person sum x <= maxStepsPerPerson.
 * - An open row r (q qualified, minPeople m) gets a[r] = sum of x over its helping steps
 *   new qualified people (each helping step is a distinct member exactly one level
 *   short, so this is the engine's count). c[r] binary "covered": (m - q) c[r] <= a[r];
 *   z[r] integer 0..m-q "progress": z[r] <= a[r].
 * - A thin row (covered by one) gets u[r] binary "no longer thin": u[r] <= a[r].
 * - Maximise B * (sum w_r c[r] + sum u[r]) + sum z[r], with w = 3 missing, 2 partial
 *   (./weights.ts). At the optimum c, z and u sit at their largest allowed values, which
 *   are exactly the engine's covered / min(qualified after, m) - q / qualified >= 2, so
 *   for any set of x the objective's best completion equals evaluateSteps (tested).
 */
interface DevelopmentMip {
  model: MipModel;
  /** Variable index of each candidate's x. */
  stepVariables: number[];
}

export function buildDevelopmentMip(context: DevelopmentContext, k: number): DevelopmentMip {
  const variables: MipVariable[] = [];
  const constraints: MipConstraint[] = [];
  const objective: Term[] = [];
  const add = (name: string, upper: number): number => variables.push({ name, lower: 0, upper, integer: true }) - 1;

  const stepVariables = context.candidates.map((_, s) => add(`x${s}`, 1));
  constraints.push({ name: 'k', terms: stepVariables.map((v) => ({ v, coef: 1 })), lower: -Infinity, upper: k });
  const byPerson = new Map<string, number[]>();
  context.candidates.forEach((step, s) => byPerson.set(step.personId, [...(byPerson.get(step.personId) ?? []), s]));
  let p = 0;
  for (const steps of byPerson.values()) {
    if (steps.length > context.rules.maxStepsPerPerson) {
      constraints.push({
        name: `person${(p += 1)}`,
        terms: steps.map((s) => ({ v: stepVariables[s]!, coef: 1 })),
        lower: -Infinity,
        upper: context.rules.maxStepsPerPerson,
      });
    }
  }

  context.targets.forEach((target, r) => {
    if (target.steps.length === 0) return;
    const helpers: Term[] = target.steps.map((s) => ({ v: stepVariables[s]!, coef: -1 }));
    if (target.state === 'thin') {
      const u = add(`u${r}`, 1);
      constraints.push({ name: `thin${r}`, terms: [{ v: u, coef: 1 }, ...helpers], lower: -Infinity, upper: 0 });
      objective.push({ v: u, coef: context.b * CLOSE_WEIGHT.thin });
      return;
    }
    const room = target.minPeople - target.qualified;
    // A row that too few people are one level short for can never close: its c stays 0.
    const c = add(`c${r}`, target.steps.length >= room ? 1 : 0);
    const z = add(`z${r}`, room);
    constraints.push({ name: `cover${r}`, terms: [{ v: c, coef: room }, ...helpers], lower: -Infinity, upper: 0 });
    constraints.push({ name: `progress${r}`, terms: [{ v: z, coef: 1 }, ...helpers], lower: -Infinity, upper: 0 });
    objective.push({ v: c, coef: context.b * CLOSE_WEIGHT[target.state] });
    objective.push({ v: z, coef: 1 });
  });

  return {
    model: { variables, constraints, tiers: [{ name: 'development', sense: 'max', terms: objective, integral: true }] },
    stepVariables,
  };
}

/**
 * A start for the solver from a set of steps (e.g. greedy's): x as chosen, and c, z, u at
 * the largest values the constraints allow, so the start is feasible and its objective
 * is the steps' value.
 */
export function startValues(context: DevelopmentContext, mip: DevelopmentMip, steps: readonly number[]): number[] {
  const values = mip.model.variables.map(() => 0);
  const chosen = new Set(steps);
  for (const s of steps) values[mip.stepVariables[s]!] = 1;
  const index = new Map(mip.model.variables.map((v, i) => [v.name, i]));
  context.targets.forEach((target, r) => {
    const gained = target.steps.filter((s) => chosen.has(s)).length;
    if (target.state === 'thin') {
      const u = index.get(`u${r}`);
      if (u !== undefined) values[u] = gained >= 1 ? 1 : 0;
      return;
    }
    const room = target.minPeople - target.qualified;
    const c = index.get(`c${r}`);
    const z = index.get(`z${r}`);
    if (c !== undefined) values[c] = Math.min(mip.model.variables[c]!.upper, gained >= room ? 1 : 0);
    if (z !== undefined) values[z] = Math.min(room, gained);
  });
  return values;
}

/** The steps a solution chooses (x rounded, as HiGHS returns integers up to a tolerance). */
export function chosenSteps(mip: DevelopmentMip, values: readonly number[]): number[] {
  return mip.stepVariables.flatMap((v, s) => (values[v]! > 0.5 ? [s] : []));
}
