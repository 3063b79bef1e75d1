import { functionText } from '../catalogue/functionName.js';
import type { AnalysedTeam } from './analysedTeam.js';
import type { AreaFunction } from './types.js';

/** Functions are the same across teams when they come from the same template, else when their names match. */
function functionKey(fn: { templateKey: string | null; name: string }): string {
  return fn.templateKey ?? `name:${fn.name.trim().toLocaleLowerCase('nl')}`;
}

/** Which team fulfils which function itself, and which teams leave it to the shell, in first-seen order. */
export function functionsAcrossArea(teams: readonly AnalysedTeam[]): AreaFunction[] {
  const byKey = new Map<string, AreaFunction>();
  for (const { entry, report } of teams) {
    const coverageById = new Map(report.functions.map((f) => [f.id, f]));
    for (const fn of entry.plan.functions) {
      const key = functionKey(fn);
      let row = byKey.get(key);
      if (!row) {
        row = { key, templateKey: fn.templateKey, name: functionText(fn), inTeam: [], inShell: [] };
        byKey.set(key, row);
      }
      const coverage = coverageById.get(fn.id);
      if (fn.placement === 'shell') {
        if (!row.inShell.includes(entry.teamId)) row.inShell.push(entry.teamId);
        continue;
      }
      const holder = row.inTeam.find((h) => h.teamId === entry.teamId);
      const members = coverage?.memberIds.length ?? 0;
      const hours = coverage?.hoursAllocated ?? 0;
      if (holder) {
        holder.members += members;
        holder.hoursAllocated += hours;
      } else row.inTeam.push({ teamId: entry.teamId, members, hoursAllocated: hours });
    }
  }
  return [...byKey.values()];
}
