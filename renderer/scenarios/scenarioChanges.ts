import { functionText, type TemplateNames } from '../../shared/catalogue/functionName.js';
import type { LocalText } from '../../shared/domain/text.js';
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
  /** The function's name by the one rule (`functionText`): a catalogue function reads in the reader's language. */
  functionName: LocalText;
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
 * that function's Coachen is now covered). Functions are matched by the name the user
 * reads (`functionText`, so a catalogue function stored in Dutch in one scenario and in
 * English in the other is one function), the k-th of a name with the k-th of that name,
 * because every scenario has its own function ids. `templates` are the catalogue's
 * template names (the renderer passes the user's own too, as the board does).
 * Shell functions count only for their members: they ask nothing of the team.
 */
export function scenarioChanges(left: Side, right: Side, templates?: TemplateNames): FunctionChanges[] {
  const changes: FunctionChanges[] = [];
  const rightByKey = new Map(keyed(right, templates).map(([key, f, name]) => [key, { f, name }]));
  const matched = new Set<string>();
  for (const [key, f, name] of keyed(left, templates)) {
    const other = rightByKey.get(key)?.f;
    if (other) matched.add(key);
    pushIfChanged(changes, name, other ? 'both' : 'onlyLeft', f, left, other, right);
  }
  for (const [key, f, name] of keyed(right, templates)) {
    if (!matched.has(key)) pushIfChanged(changes, name, 'onlyRight', undefined, left, f, right);
  }
  return changes;
}

function keyed(side: Side, templates: TemplateNames | undefined): [string, FunctionCoverage, LocalText][] {
  const names = new Map(side.plan.functions.map((f) => [f.id, functionText(f, templates)]));
  const seen = new Map<string, number>();
  return side.report.functions.map((f) => {
    const name = names.get(f.id) ?? { nl: f.name, en: f.name };
    // The Dutch reading is the match key: a catalogue function's is the same whichever language it was stored in.
    const n = seen.get(name.nl) ?? 0;
    seen.set(name.nl, n + 1);
    return [`${name.nl}\u0000${n}`, f, name];
  });
}

function pushIfChanged(
  changes: FunctionChanges[],
  functionName: LocalText,
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
