import { adviseDesign, type Advice } from '../../../../shared/engine/index.js';
import type { TeamPlan } from '../../../../shared/plan/planSchema.js';

/** The advice of one rule for a plan, so each test looks at its own rule only. */
export function adviceFor(rule: string, plan: TeamPlan, today?: string): Advice[] {
  return adviseDesign(plan, undefined, today === undefined ? {} : { today }).filter((a) => a.rule === rule);
}
