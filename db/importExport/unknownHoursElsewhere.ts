import { dutchOrder } from '../../shared/hr/dutchOrder.js';
import type { StoreContext } from '../context.js';
import { hoursInOtherTeams } from '../repositories/assignments.js';
import { getProfessional } from '../repositories/professionals.js';

/** A person whose file says they work in other teams for more hours than this planner holds. */
interface UnknownHoursElsewhere {
  id: string;
  name: string;
  /** Hours per week the file counts in other teams and this planner does not. */
  hours: number;
}

/**
 * Compares imported files' `hoursInOtherTeams` (a snapshot of the planner that wrote them)
 * with the hours this planner holds in the other teams' main scenarios, as `plan.get` counts
 * them. What the file counts and this planner does not is work in teams that were not
 * imported (another municipality's), so free hours and over-allocation here are too
 * optimistic for those people until those teams are imported as well. Nothing is stored:
 * the snapshot could never be corrected afterwards (docs/team-plan-format.md). A person in
 * several imported files keeps the largest shortfall: each file counts the same other teams.
 */
export function unknownHoursElsewhere(
  ctx: StoreContext,
  teams: readonly { scenarioId: string; hoursInOtherTeams: Readonly<Record<string, number>> }[],
): UnknownHoursElsewhere[] {
  return ctx.read(() => {
    const shortfall = new Map<string, number>();
    for (const { scenarioId, hoursInOtherTeams: inFile } of teams) {
      const held = hoursInOtherTeams(ctx, scenarioId);
      for (const [id, hours] of Object.entries(inFile)) {
        const missing = hours - (held[id] ?? 0);
        if (missing > 0) shortfall.set(id, Math.max(missing, shortfall.get(id) ?? 0));
      }
    }
    const people: UnknownHoursElsewhere[] = [];
    for (const [id, hours] of shortfall) {
      const person = getProfessional(ctx, id);
      if (person) people.push({ id, name: person.name, hours });
    }
    return people.sort((a, b) => dutchOrder(a.name, b.name));
  });
}
