import { functionText } from '../catalogue/functionName.js';
import type { LocalText } from '../domain/text.js';
import type { Professional } from '../domain/schemas.js';
import { levelFor } from '../engine/expertiseLevel.js';
import { shownStatus } from '../engine/shownStatus.js';
import { coverTeamExpertise } from '../engine/teamExpertise.js';
import type { CoverageReport, RequirementKind } from '../engine/types.js';
import type { TeamPlan } from '../plan/planSchema.js';
import type { CellColleague, CellRequirement, GapSeverity, HrCellExplanation } from './types.js';

const RANK: Record<GapSeverity, number> = { missing: 0, partial: 1, thin: 2, covered: 3, inShell: 4, notRequired: 5 };

/**
 * Why a matrix cell has its status, read from the engine's own requirement rows (never
 * a rule of its own): per in-team function that asks for the column, its status, level
 * and people; for an open one, the members of the team outside that function who already
 * have the level - then the remedy is a reassignment rather than training. Vakkennis asked
 * of the whole team is judged by the engine's `coverTeamExpertise` on all members.
 *
 * The explainer serves every column of one plan: what all cells of a row share (the
 * members, their names, the functions each works in) is worked out once per row, not per
 * cell.
 */
export function cellExplainer(
  plan: TeamPlan,
  report: CoverageReport,
): (kind: RequirementKind, key: string) => HrCellExplanation {
  const memberIds = new Set(report.memberIds);
  const members = plan.professionals.filter((p) => memberIds.has(p.id));
  const nameOf = new Map(plan.professionals.map((p) => [p.id, p.name]));
  const inTeam = report.functions.filter((fn) => !fn.inShell);
  const fnName = new Map(plan.functions.map((fn) => [fn.id, functionText(fn)]));
  const nameOfFunction = (id: string): LocalText => fnName.get(id) ?? { nl: id, en: id };
  const functionsById = new Map<string, LocalText[]>();
  const functionsOf = (id: string): LocalText[] => {
    let names = functionsById.get(id);
    if (!names) {
      names = inTeam.filter((fn) => fn.memberIds.includes(id)).map((fn) => nameOfFunction(fn.id));
      functionsById.set(id, names);
    }
    // A copy each time: every colleague entry owns its list, as before.
    return [...names];
  };
  return (kind, key) => explainWith(plan, members, nameOf, nameOfFunction, inTeam, functionsOf, kind, key);
}

function explainWith(
  plan: TeamPlan,
  members: readonly Professional[],
  nameOf: ReadonlyMap<string, string>,
  nameOfFunction: (id: string) => LocalText,
  inTeam: CoverageReport['functions'],
  functionsOf: (id: string) => LocalText[],
  kind: RequirementKind,
  key: string,
): HrCellExplanation {
  const requirements: CellRequirement[] = [];

  for (const fn of inTeam) {
    for (const r of fn.requirements) {
      if (r.kind !== kind || r.competency !== key) continue;
      const status = shownStatus(r);
      requirements.push({
        functionName: nameOfFunction(fn.id),
        askedBy: [nameOfFunction(fn.id)],
        status,
        level: r.level,
        minPeople: r.minPeople,
        qualified: r.qualified,
        holders: r.qualifiedIds.map((id) => nameOf.get(id) ?? id),
        colleagues:
          r.status === 'covered' ? [] : colleaguesElsewhere(members, fn.memberIds, kind, key, r.level, functionsOf),
      });
    }
  }
  if (kind === 'expertise') {
    for (const fn of plan.functions) {
      if (fn.placement !== 'team') continue;
      for (const need of fn.expertise) {
        if (need.scope !== 'team' || need.expertise !== key) continue;
        const team = coverTeamExpertise(need, members);
        requirements.push({
          functionName: null,
          askedBy: [nameOfFunction(fn.id)],
          status: shownStatus(team),
          level: need.level,
          minPeople: need.minPeople,
          qualified: team.qualified,
          holders: members.filter((p) => levelFor(p, 'expertise', key) >= need.level).map((p) => p.name),
          colleagues: [],
        });
      }
    }
  }
  // A stable sort keeps the plan's order of functions within one status.
  requirements.sort((a, b) => RANK[a.status] - RANK[b.status]);
  return { requirements };
}

function colleaguesElsewhere(
  members: readonly Professional[],
  functionMemberIds: readonly string[],
  kind: RequirementKind,
  key: string,
  level: number,
  functionsOf: (id: string) => LocalText[],
): CellColleague[] {
  return members
    .filter((p) => !functionMemberIds.includes(p.id))
    .map((p) => ({ professionalId: p.id, name: p.name, level: levelFor(p, kind, key), functions: functionsOf(p.id) }))
    .filter((c) => c.level >= level)
    .sort((a, b) => b.level - a.level);
}
