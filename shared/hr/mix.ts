import type { Professional } from '../domain/schemas.js';
import { dutchOrder } from './dutchOrder.js';
import type { CoverageReport } from '../engine/types.js';
import type { MixEntry } from './types.js';

/**
 * Who the team is made of: members per discipline or per mother organisation, with the
 * hours they give to this team. Most hours first, then by key, so exports are stable.
 */
export function mixOf(
  report: CoverageReport,
  byId: ReadonlyMap<string, Professional>,
  keyOf: (person: Professional) => string,
): MixEntry[] {
  const entries = new Map<string, MixEntry>();
  for (const load of report.professionals) {
    if (load.functionIds.length === 0) continue;
    const person = byId.get(load.id);
    if (!person) continue;
    const key = keyOf(person);
    const entry = entries.get(key) ?? { key, people: 0, hours: 0 };
    entry.people += 1;
    entry.hours += load.hoursAllocated;
    entries.set(key, entry);
  }
  return [...entries.values()].sort((a, b) => b.hours - a.hours || dutchOrder(a.key, b.key));
}
