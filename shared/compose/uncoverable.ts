import { functionText } from '../catalogue/functionName.js';
import { competencyName, expertiseName } from '../engine/advice/rule.js';
import type { RequirementKind } from '../engine/types.js';
import { message, type Message } from '../i18n/message.js';
import type { TeamPlan } from '../plan/planSchema.js';
import type { ComposeInstance } from './instance.js';

/**
 * Requirements no composition can cover, known before solving: fewer people in the
 * pool qualify (rated at or above the level) and can still give the minimum hours than
 * the requirement asks. Listed with the reason, and fixed uncovered in the model.
 */
export interface Uncoverable {
  functionId: string;
  /** A competency, or vakkennis (asked of the function's members or of the whole team). */
  kind: RequirementKind;
  /** The competency key, or the expertise key when `kind` is `expertise`. */
  competency: string;
  level: number;
  minPeople: number;
  /** Qualified people who can still be assigned to the function. */
  eligible: number;
  /** Qualified people in the pool, with or without free hours. */
  qualified: number;
  /**
   * Vakkennis asked of the whole team: no requirement row, so it is not in the coverage
   * percentage (docs/coverage.md, "Vakkennis asked of the team"); the screen says so.
   */
  teamWide: boolean;
}

export function findUncoverable(instance: ComposeInstance): Uncoverable[] {
  const teamWide = instance.teamRequirements.flatMap((r) => {
    // Anyone in the team counts, so anyone who can take any function is eligible.
    const eligible = r.qualified.filter((p) => instance.allowed[p]!.some(Boolean)).length;
    if (eligible >= r.minPeople) return [];
    const { level, minPeople } = r;
    const item: Uncoverable = {
      functionId: instance.functions[r.fn]!.id,
      kind: 'expertise',
      competency: r.expertise,
      level,
      minPeople,
      eligible,
      qualified: r.qualified.length,
      teamWide: true,
    };
    return [item];
  });
  const ownMembers = instance.requirements.flatMap((r) => {
    const eligible = r.qualified.filter((p) => instance.allowed[p]![r.fn]).length;
    if (eligible >= r.minPeople) return [];
    const fn = instance.functions[r.fn]!;
    return [
      {
        functionId: fn.id,
        kind: r.kind,
        competency: r.competency,
        level: r.level,
        minPeople: r.minPeople,
        eligible,
        qualified: r.qualified.length,
        teamWide: false,
      },
    ];
  });
  return [...ownMembers, ...teamWide];
}

/** Why a requirement cannot be covered, as a message for the user. */
export function uncoverableMessage(plan: TeamPlan, item: Uncoverable, minHours: number): Message {
  const competency =
    item.kind === 'expertise'
      ? message('vk.requirementName', { name: expertiseName(item.competency) })
      : competencyName(plan, item.competency);
  const found = plan.functions.find((f) => f.id === item.functionId);
  const fn = found ? functionText(found) : item.functionId;
  if (item.qualified === 0)
    return message('compose.uncoverable.nobody', { function: fn, competency, level: item.level });
  if (item.qualified >= item.minPeople) {
    return message('compose.uncoverable.noHours', {
      function: fn,
      competency,
      level: item.level,
      count: item.minPeople,
      hours: minHours,
    });
  }
  return message('compose.uncoverable.tooFew', {
    function: fn,
    competency,
    level: item.level,
    count: item.qualified,
    needed: item.minPeople,
  });
}
