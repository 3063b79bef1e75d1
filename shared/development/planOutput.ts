import { functionText } from '../catalogue/functionName.js';
import type { LocalText } from '../domain/text.js';
import type { DevelopmentPlan, DevelopmentStep, StepEffect } from '../api/developmentSchemas.js';
import { competencyName, expertiseName } from '../engine/advice/rule.js';
import type { DevelopmentContext } from './context.js';
import { evaluateSteps, rowOutcome, teamRowsAfter } from './evaluate.js';
import { CLOSE_WEIGHT, type OpenState } from './weights.js';

type Proof = DevelopmentPlan['proof'];

function stateAfter(closed: boolean, before: OpenState, qualified: number, minPeople: number): StepEffect['after'] {
  if (before === 'thin') return closed ? 'covered' : 'thin';
  if (qualified >= minPeople) return qualified === 1 ? 'thin' : 'covered';
  return qualified === 0 ? 'missing' : 'partial';
}

/** What the chosen steps do, row by row, from the engine's rows after the whole plan. */
function effectsOf(context: DevelopmentContext, steps: readonly number[]): Map<number, StepEffect[]> {
  const effects = new Map<number, StepEffect[]>(steps.map((s) => [s, []]));
  const chosen = new Set(steps);
  const touched = new Set(steps.flatMap((s) => context.candidates[s]!.teams));
  const rowsByTeam = new Map([...touched].map((t) => [t, teamRowsAfter(context, t, steps)]));
  for (const target of context.targets) {
    const rows = rowsByTeam.get(target.team);
    if (!rows) continue;
    const after = rows[target.fn]![target.row]!;
    const outcome = rowOutcome(target, after);
    if (!outcome.closed && outcome.progress <= 0) continue;
    const helpers = target.steps.filter((s) => chosen.has(s));
    for (const s of helpers) {
      effects.get(s)!.push({
        teamId: context.teams[target.team]!.teamId,
        teamName: context.teams[target.team]!.teamName,
        functionId: target.functionId,
        functionName: target.functionName,
        level: target.level,
        minPeople: target.minPeople,
        before: target.state,
        after: stateAfter(outcome.closed, target.state, after.qualified, target.minPeople),
        qualifiedBefore: target.qualified,
        qualifiedAfter: after.qualified,
        together: helpers.filter((h) => h !== s).map((h) => context.candidates[h]!.person.name),
      });
    }
  }
  return effects;
}

function worth(effects: readonly StepEffect[]): number {
  return effects.reduce(
    (sum, e) =>
      sum + (e.after === 'covered' || (e.before !== 'thin' && e.after === 'thin') ? CLOSE_WEIGHT[e.before] : 0),
    0,
  );
}

type Workplace = DevelopmentStep['workplaces'][number];

/** The in-team functions the person works in, per team (teams where they work in none are left out). */
function workplacesOf(context: DevelopmentContext, personId: string): Workplace[] {
  const places: Workplace[] = [];
  context.before.forEach((report, t) => {
    const names: LocalText[] = [];
    report.functions.forEach((fn, f) => {
      if (fn.inShell || !fn.memberIds.includes(personId)) return;
      const name = functionText(context.teams[t]!.plan.functions[f]!);
      if (!sameName(names, name)) names.push(name);
    });
    if (names.length > 0) places.push({ teamName: context.teams[t]!.teamName, functions: names });
  });
  return places;
}

function sameName(names: readonly LocalText[], name: LocalText): boolean {
  return names.some((n) => n.nl === name.nl && n.en === name.en);
}

/** Every function name once, over all teams: the JSON's version 1 field. */
function functionsOf(places: readonly Workplace[]): LocalText[] {
  const names: LocalText[] = [];
  for (const place of places) for (const name of place.functions) if (!sameName(names, name)) names.push(name);
  return names;
}

/**
 * The plan as the user reads it: per step the person, what to develop (from and to),
 * the functions they work in and every requirement the step helps close, with its state
 * before and after the whole plan. Steps that help no row are left out (a solver may
 * switch on a useless step at no cost); the value is the engine's, recomputed here.
 */
export function planOutput(
  context: DevelopmentContext,
  chosen: readonly number[],
  k: number,
  facts: { method: DevelopmentPlan['method']; proof: Proof; bound: number; greedyScore: number },
): DevelopmentPlan {
  const effects = effectsOf(context, chosen);
  const useful = chosen.filter((s) => effects.get(s)!.length > 0);
  const value = evaluateSteps(context, useful);
  const steps: DevelopmentStep[] = useful
    .map((s) => {
      const step = context.candidates[s]!;
      const plan = context.teams[step.teams[0]!]!.plan;
      const workplaces = workplacesOf(context, step.personId);
      return {
        personId: step.personId,
        personName: step.person.name,
        kind: step.kind,
        key: step.key,
        name: step.kind === 'expertise' ? expertiseName(step.key) : competencyName(plan, step.key),
        from: step.from,
        to: step.to,
        functions: functionsOf(workplaces),
        workplaces,
        effects: effects.get(s)!,
      };
    })
    .sort((a, b) => worth(b.effects) - worth(a.effects));
  return {
    k,
    rules: context.rules,
    method: facts.method,
    proof: facts.proof,
    score: value.score,
    progress: value.progress,
    closed: value.closed,
    bound: Math.max(facts.bound, value.score),
    greedyScore: facts.greedyScore,
    candidates: context.candidates.length,
    teams: context.teams.length,
    steps,
  };
}
