import { functionText } from '../catalogue/functionName.js';
import type { AnalysedTeam } from './analysedTeam.js';
import { expertiseHeld } from './expertiseAcrossArea.js';
import type { AreaGap } from './types.js';

/** Teams of the area other than `self` that have a member rated at or above `level` (engine profile `best`). */
function competencyElsewhere(
  teams: readonly AnalysedTeam[],
  self: string,
  competency: string,
  level: number,
): string[] {
  return teams
    .filter((t) => t.entry.teamId !== self)
    .filter((t) => (t.report.profile.find((p) => p.competency === competency)?.best ?? 0) >= level)
    .map((t) => t.entry.teamId);
}

function expertiseElsewhere(teams: readonly AnalysedTeam[], self: string, key: string, level: number): string[] {
  return teams
    .filter((t) => t.entry.teamId !== self && expertiseHeld(t, key).bestLevel >= level)
    .map((t) => t.entry.teamId);
}

/**
 * What the teams do not meet themselves, and whether another team of the area could:
 * - a requirement row of an in-team function (a competency, or vakkennis asked of the
 *   function's own members) the engine marks partial or missing;
 * - vakkennis an in-team function asks of the whole team that the engine marks missing
 *   (no member brings it), at the highest level an in-team function asks.
 * The team's own verdict is always the engine's; this only looks across to the other
 * teams. A gap with nobody elsewhere (`coveredBy` empty) is a gap of the whole area.
 */
export function gapsAcrossArea(teams: readonly AnalysedTeam[]): AreaGap[] {
  const gaps: AreaGap[] = [];
  for (const team of teams) {
    const { teamId } = team.entry;
    const names = new Map(team.entry.plan.functions.map((fn) => [fn.id, functionText(fn)]));
    for (const fn of team.report.functions) {
      if (fn.inShell) continue;
      for (const r of fn.requirements) {
        if (r.status === 'covered') continue;
        // A requirement row is a competency or vakkennis asked of the function's own members.
        const expertise = r.kind === 'expertise';
        gaps.push({
          kind: r.kind,
          teamId,
          functionId: fn.id,
          functionName: names.get(fn.id)!,
          subject: r.competency,
          level: r.level,
          minPeople: r.minPeople,
          status: r.status,
          coveredBy: expertise
            ? expertiseElsewhere(teams, teamId, r.competency, r.level)
            : competencyElsewhere(teams, teamId, r.competency, r.level),
        });
      }
    }
    for (const e of team.report.expertise) {
      if (e.status !== 'missing') continue;
      for (const fn of team.entry.plan.functions) {
        if (fn.placement !== 'team') continue;
        // Vakkennis asked of the function's own members is a requirement row above; here what is asked of the team.
        const asked = fn.expertise.filter((x) => x.expertise === e.key && x.scope === 'team');
        if (asked.length === 0) continue;
        const level = Math.max(...asked.map((x) => x.level));
        const minPeople = Math.max(...asked.map((x) => x.minPeople));
        gaps.push({
          kind: 'expertise',
          teamId,
          functionId: fn.id,
          functionName: functionText(fn),
          subject: e.key,
          level,
          minPeople,
          status: 'missing',
          coveredBy: expertiseElsewhere(teams, teamId, e.key, level),
        });
      }
    }
  }
  // Gaps of the whole area first: those are the ones no other team can help with.
  return gaps.sort((a, b) => Number(a.coveredBy.length > 0) - Number(b.coveredBy.length > 0));
}
