import type { TeamPlan } from '../../../shared/plan/planSchema.js';
import type { Api } from './api.js';

/** The open team's main scenario as stored, read through the API (the test's source of truth). */
export async function mainPlan(api: Api, teamName?: string): Promise<{ scenarioId: string; plan: TeamPlan }> {
  const teams = await api('teams.list', {});
  const team = teamName ? teams.find((t) => t.name === teamName) : teams[0];
  if (!team) throw new Error(`no team ${teamName ?? ''}`);
  const scenario = team.scenarios.find((s) => s.isMain) ?? team.scenarios[0]!;
  const view = await api('plan.get', { scenarioId: scenario.id });
  return { scenarioId: scenario.id, plan: view.plan };
}

/** An in-team function and a pool member who is not in it and has hours free: a drop that must change coverage. */
export function freePair(plan: TeamPlan): {
  fn: TeamPlan['functions'][number];
  person: TeamPlan['professionals'][number];
} {
  const used = new Map<string, number>();
  for (const a of plan.assignments) used.set(a.professionalId, (used.get(a.professionalId) ?? 0) + a.hours);
  const fns = plan.functions.filter((f) => f.placement === 'team' && f.requirements.length > 0);
  // Prefer an empty function: any qualified newcomer visibly changes its coverage.
  fns.sort(
    (a, b) =>
      plan.assignments.filter((x) => x.functionId === a.id).length -
      plan.assignments.filter((x) => x.functionId === b.id).length,
  );
  for (const fn of fns) {
    const inFn = new Set(plan.assignments.filter((a) => a.functionId === fn.id).map((a) => a.professionalId));
    const best = plan.professionals
      .filter((p) => !inFn.has(p.id) && p.contractHours - (used.get(p.id) ?? 0) >= 4)
      .map((p) => ({ p, score: fn.requirements.filter((r) => (p.ratings[r.competency] ?? 0) >= r.level).length }))
      .sort((a, b) => b.score - a.score)[0];
    if (best && best.score > 0) return { fn, person: best.p };
  }
  throw new Error('no free pair in the sample');
}
