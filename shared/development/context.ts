import { functionText } from '../catalogue/functionName.js';
import type { LocalText } from '../domain/text.js';
import type { Professional } from '../domain/schemas.js';
import { MAX_LEVEL } from '../domain/levels.js';
import { monthsBefore } from '../engine/advice/peopleRules.js';
import { computeCoverage } from '../engine/coverage.js';
import { levelFor } from '../engine/expertiseLevel.js';
import type { CoverageReport, RequirementKind } from '../engine/types.js';
import type { TeamPlan } from '../plan/planSchema.js';
import type { DevelopmentRules } from '../api/developmentSchemas.js';
import type { OpenState } from './weights.js';

/** One team (a scenario's plan) the development plan looks at. */
export interface DevelopmentTeam {
  teamId: string;
  teamName: string;
  plan: TeamPlan;
}

/** A requirement row of an in-team function that is open or thin before the plan. */
export interface TargetRow {
  team: number;
  /** Index of the function in the plan and of the row in the engine's `requirements` of it. */
  fn: number;
  row: number;
  functionId: string;
  /** The function's name in both languages (`functionText`). */
  functionName: LocalText;
  kind: RequirementKind;
  key: string;
  level: number;
  minPeople: number;
  qualified: number;
  state: OpenState;
  /** Candidate steps that would make one more member qualify for this row. */
  steps: number[];
}

/** Raise one person's level for one competency or vakkennis by one. */
interface CandidateStep {
  personId: string;
  person: Professional;
  kind: RequirementKind;
  key: string;
  from: number;
  to: number;
  /** Teams the person is a member of (indices into the context's teams). */
  teams: number[];
  /** Target rows this step makes the person qualify for. */
  rows: number[];
}

export interface DevelopmentContext {
  teams: DevelopmentTeam[];
  before: CoverageReport[];
  targets: TargetRow[];
  candidates: CandidateStep[];
  rules: DevelopmentRules;
  /** Lexicographic multiplier: 1 + the most progress any plan could make. */
  b: number;
}

function openState(status: string, thin: boolean): OpenState | null {
  if (status === 'missing') return 'missing';
  if (status === 'partial') return 'partial';
  return thin ? 'thin' : null;
}

/** May this person get a step under the rules (not excluded, assessed recently enough)? */
export function eligible(person: Professional, rules: DevelopmentRules, today: string): boolean {
  if (rules.excludedIds.includes(person.id)) return false;
  if (rules.onlyPersonId !== null && rules.onlyPersonId !== person.id) return false;
  if (rules.assessedWithinMonths === null) return true;
  // The same boundary as the HR list of old assessments: assessed on or after that date.
  return person.assessedOn !== null && person.assessedOn >= monthsBefore(today, rules.assessedWithinMonths);
}

/**
 * The problem: every open or thin requirement row of the teams' in-team functions (as the
 * engine reports them) and the candidate steps. A step is (person, competency or
 * vakkennis, +1 level) for a member of a function with such a row, where the +1 brings
 * the person exactly to the row's level: any other step changes no row of any function
 * the person is in, so its value is always 0. Levels stop at the scale's top (4).
 */
export function buildContext(
  teams: readonly DevelopmentTeam[],
  rules: DevelopmentRules,
  today: string,
): DevelopmentContext {
  const before = teams.map((t) => computeCoverage(t.plan));
  const targets: TargetRow[] = [];
  const candidates: CandidateStep[] = [];
  const stepIndex = new Map<string, number>();
  let progressRoom = 0;

  teams.forEach((team, t) => {
    const people = new Map(team.plan.professionals.map((p) => [p.id, p]));
    before[t]!.functions.forEach((fn, f) => {
      if (fn.inShell) return;
      fn.requirements.forEach((r, i) => {
        const state = openState(r.status, r.thin);
        if (state === null) return;
        const target: TargetRow = {
          team: t,
          fn: f,
          row: i,
          functionId: fn.id,
          functionName: functionText(team.plan.functions[f]!),
          kind: r.kind,
          key: r.competency,
          level: r.level,
          minPeople: r.minPeople,
          qualified: r.qualified,
          state,
          steps: [],
        };
        if (state !== 'thin') progressRoom += r.minPeople - r.qualified;
        const index = targets.push(target) - 1;
        for (const id of fn.memberIds) {
          const person = people.get(id)!;
          const from = levelFor(person, r.kind, r.competency);
          if (from + 1 !== r.level || r.level > MAX_LEVEL) continue;
          if (!eligible(person, rules, today)) continue;
          const stepKey = `${id}\u0000${r.kind}\u0000${r.competency}`;
          let s = stepIndex.get(stepKey);
          if (s === undefined) {
            s =
              candidates.push({
                personId: id,
                person,
                kind: r.kind,
                key: r.competency,
                from,
                to: from + 1,
                teams: [],
                rows: [],
              }) - 1;
            stepIndex.set(stepKey, s);
          }
          const step = candidates[s]!;
          if (!step.teams.includes(t)) step.teams.push(t);
          step.rows.push(index);
          target.steps.push(s);
        }
      });
    });
  });
  // A person in two teams is a member of both: their step counts in each, even where it helps no row.
  const teamsOf = new Map<string, number[]>();
  before.forEach((report, t) => {
    for (const id of report.memberIds) teamsOf.set(id, [...(teamsOf.get(id) ?? []), t]);
  });
  for (const step of candidates) step.teams = teamsOf.get(step.personId) ?? step.teams;

  return { teams: [...teams], before, targets, candidates, rules, b: 1 + progressRoom };
}
