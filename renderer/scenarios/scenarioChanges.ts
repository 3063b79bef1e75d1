import { shownStatus, type ShownStatus } from '../../shared/engine/shownStatus.js';
import type { CoverageReport, FunctionCoverage, RequirementKind } from '../../shared/engine/types.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import { dutchOrder } from '../../shared/hr/dutchOrder.js';

/** One person's hours in one function on the left and on the right; null = not in the function there. */
export interface MemberShift {
  name: string;
  before: number | null;
  after: number | null;
}

/** One requirement of a function whose status differs; null = the function does not ask it there. */
export interface RequirementShift {
  kind: RequirementKind;
  competency: string;
  level: number;
  before: ShownStatus | null;
  after: ShownStatus | null;
}

/** What differs in one function from the left scenario to the right: who and how many hours, and what that does. */
export interface FunctionChanges {
  functionName: string;
  /** The function exists on both sides, or only on one (renamed, added or removed in a scenario). */
  presence: 'both' | 'onlyLeft' | 'onlyRight';
  members: MemberShift[];
  requirements: RequirementShift[];
}

interface Side {
  plan: TeamPlan;
  report: CoverageReport;
}

/**
 * What changed from one scenario to another and why it matters, function by function: the
 * members who came, left or changed hours, beside the requirements whose status changed
 * with them (the "why": a composed scenario adds Sevda to Sociaalpedagogische zorg, and
 * that function's Coachen is now covered). Functions are matched by name, the k-th of a
 * name with the k-th of that name, because every scenario has its own function ids.
 * Shell functions count only for their members: they ask nothing of the team.
 */
export function scenarioChanges(left: Side, right: Side): FunctionChanges[] {
  const changes: FunctionChanges[] = [];
  const rightByKey = new Map(keyed(right.report.functions).map(([key, f]) => [key, f]));
  const matched = new Set<string>();
  for (const [key, f] of keyed(left.report.functions)) {
    const other = rightByKey.get(key);
    if (other) matched.add(key);
    pushIfChanged(changes, f.name, other ? 'both' : 'onlyLeft', f, left, other, right);
  }
  for (const [key, f] of keyed(right.report.functions)) {
    if (!matched.has(key)) pushIfChanged(changes, f.name, 'onlyRight', undefined, left, f, right);
  }
  return changes;
}

function keyed(functions: readonly FunctionCoverage[]): [string, FunctionCoverage][] {
  const seen = new Map<string, number>();
  return functions.map((f) => {
    const n = seen.get(f.name) ?? 0;
    seen.set(f.name, n + 1);
    return [`${f.name}\u0000${n}`, f];
  });
}

function pushIfChanged(
  changes: FunctionChanges[],
  functionName: string,
  presence: FunctionChanges['presence'],
  leftFn: FunctionCoverage | undefined,
  left: Side,
  rightFn: FunctionCoverage | undefined,
  right: Side,
): void {
  const members = memberShifts(leftFn, left.plan, rightFn, right.plan);
  const requirements = requirementShifts(leftFn, rightFn);
  if (members.length > 0 || requirements.length > 0) changes.push({ functionName, presence, members, requirements });
}

function hoursIn(fn: FunctionCoverage | undefined, plan: TeamPlan): Map<string, number> {
  const hours = new Map<string, number>();
  if (!fn) return hours;
  for (const a of plan.assignments) {
    if (a.functionId === fn.id) hours.set(a.professionalId, a.hours);
  }
  return hours;
}

function memberShifts(
  leftFn: FunctionCoverage | undefined,
  leftPlan: TeamPlan,
  rightFn: FunctionCoverage | undefined,
  rightPlan: TeamPlan,
): MemberShift[] {
  const before = hoursIn(leftFn, leftPlan);
  const after = hoursIn(rightFn, rightPlan);
  const names = new Map([...leftPlan.professionals, ...rightPlan.professionals].map((p) => [p.id, p.name]));
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  return ids
    .map((id) => ({ name: names.get(id) ?? id, before: before.get(id) ?? null, after: after.get(id) ?? null }))
    .filter((m) => m.before !== m.after)
    .sort((a, b) => dutchOrder(a.name, b.name));
}

function requirementShifts(
  leftFn: FunctionCoverage | undefined,
  rightFn: FunctionCoverage | undefined,
): RequirementShift[] {
  const asked = (fn: FunctionCoverage | undefined) =>
    new Map(
      fn && !fn.inShell ? fn.requirements.map((r) => [`${r.kind}:${r.competency}:${r.level}:${r.minPeople}`, r]) : [],
    );
  const before = asked(leftFn);
  const after = asked(rightFn);
  const shifts: RequirementShift[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(key);
    const a = after.get(key);
    const r = (a ?? b)!;
    const shift: RequirementShift = {
      kind: r.kind,
      competency: r.competency,
      level: r.level,
      before: b ? shownStatus(b) : null,
      after: a ? shownStatus(a) : null,
    };
    if (shift.before !== shift.after) shifts.push(shift);
  }
  return shifts;
}
