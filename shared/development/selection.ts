import type { DevelopmentContext } from './context.js';

/** Whether one more step fits the user's limits: k in total, maxStepsPerPerson per person. */
export class StepBudget {
  private readonly perPerson = new Map<string, number>();
  private taken = 0;

  constructor(
    private readonly context: DevelopmentContext,
    private readonly k: number,
  ) {}

  get full(): boolean {
    return this.taken >= this.k;
  }

  fits(step: number): boolean {
    const person = this.context.candidates[step]!.personId;
    return !this.full && (this.perPerson.get(person) ?? 0) < this.context.rules.maxStepsPerPerson;
  }

  take(step: number): void {
    const person = this.context.candidates[step]!.personId;
    this.perPerson.set(person, (this.perPerson.get(person) ?? 0) + 1);
    this.taken += 1;
  }
}

/** Does a set of steps keep the limits? (For tests and for checking a solver's answer.) */
export function withinLimits(context: DevelopmentContext, steps: readonly number[], k: number): boolean {
  const budget = new StepBudget(context, k);
  for (const s of steps) {
    if (!budget.fits(s)) return false;
    budget.take(s);
  }
  return new Set(steps).size === steps.length;
}
