import type { ApiOutput } from '../../shared/api/contract.js';
import { ApiFailure } from '../../shared/api/result.js';
import { message } from '../../shared/i18n/message.js';
import type { Professional } from '../../shared/domain/schemas.js';
import { parsePlan } from '../../shared/plan/parsePlan.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import { addMissingTeamRoles } from '../repositories/teamRoles.js';
import type { StoreContext } from '../context.js';
import { upsertAssignment } from '../repositories/assignments.js';
import { getCompetency, insertCustomCompetency } from '../repositories/catalogue.js';
import { functionExists, insertFunction } from '../repositories/functions.js';
import { storedDiscipline } from '../repositories/disciplines.js';
import { getProfessional, insertProfessional } from '../repositories/professionals.js';
import { deleteTeam, getTeam, insertScenario, insertTeam, teamNames } from '../repositories/teams.js';
import { firstFreeName } from '../../shared/domain/sameName.js';
import { DEFAULT_MAIN_SCENARIO_NAME, withSuffix } from '../service/names.js';

/**
 * Reads a team plan file into the store, in one transaction.
 * - Same team id already stored: `ask` answers `conflict` and writes nothing; `replace`
 *   deletes the stored team (all its scenarios) and imports the file in its place, ids
 *   kept; `copy` imports it as a new team with new ids, named "<name> (kopie)", or
 *   "(kopie 2)", ... when a team already has that name by the one rule (`freeTeamName`); the
 *   answer's `teamName` says the name chosen. A new or replacing team whose name another
 *   team has is named "<name> (2)", ... (`freeTeamName`).
 * - Professionals are matched by id only. An unknown id is added to the pool. A known id
 *   with the same data is simply used. A known id with DIFFERENT data keeps the stored
 *   person untouched - a file never overwrites someone's ratings - and is reported in
 *   `keptProfessionals` so the user can review it. Names are never used to match.
 * - Custom competencies and team roles are added when their key is new; a known key keeps the stored texts.
 * - A version 1 file is upgraded first (shared/plan/upgradePlan.ts), so it imports with its meaning.
 * - The imported scenario becomes the new team's main scenario, named after the file's
 *   `scenario` (or "Hoofdscenario"); function ids are kept unless already in use elsewhere.
 */

type ImportOutput = ApiOutput<'plan.import'>;

/**
 * The plan in the file, read by the same rules as the command lines (shared/plan/parsePlan.ts),
 * or a failure in the team leader's words: "Dit is geen teamplan." for something else
 * altogether (the exchange panel names which part of the file), the problem alone for the
 * file as a whole (a newer version), else the count and the first problem at its place
 * ("Eerste fout bij professional 4 (Sanne Mulder): ..."). The details keep every exact path.
 */
function readPlan(raw: unknown): TeamPlan {
  const parsed = parsePlan(raw);
  if (parsed.ok) return parsed.plan;
  if (parsed.notAPlan) throw new ApiFailure('validation', message('planImport.notAPlan'));
  const { issues } = parsed;
  const first = issues[0]!;
  const text = first.place
    ? message('planImport.invalid', { count: issues.length, place: first.place, text: first.text })
    : message('planImport.invalidFile', { text: first.text });
  throw new ApiFailure(
    'validation',
    text,
    issues.map(({ path, text }) => ({ path, text })),
  );
}

function sameData(a: Professional, b: Professional): boolean {
  const canonical = (p: Professional) =>
    JSON.stringify([
      p.name,
      p.discipline,
      p.organisation,
      p.binding,
      p.contractHours,
      p.expertise,
      p.assessedOn,
      Object.entries(p.teamRoles).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
      Object.entries(p.ratings).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
    ]);
  return canonical(a) === canonical(b);
}

/**
 * The first name no team has by the one rule (`firstFreeName`). A copy is "<name> (kopie)",
 * else "(kopie 2)", "(kopie 3)", ...; a team that is not a copy keeps its name unless
 * another team already has it (another municipality's "Wijkteam Noord" beside one's own):
 * then "<name> (2)", "(3)", ..., so no two teams read the same. `teamName` in the answer
 * says which.
 */
function freeTeamName(ctx: StoreContext, name: string, asCopy: boolean): string {
  const taken = teamNames(ctx).map((t) => t.name);
  const suffix = (n: number) => (asCopy ? (n === 1 ? ' (kopie)' : ` (kopie ${n})`) : n === 1 ? '' : ` (${n})`);
  return firstFreeName(taken, (n) => withSuffix(name, suffix(n)));
}

export function importPlan(ctx: StoreContext, raw: unknown, onConflict: 'ask' | 'replace' | 'copy'): ImportOutput {
  const plan = readPlan(raw);
  return ctx.write((): ImportOutput => {
    const existing = getTeam(ctx, plan.team.id);
    if (existing && onConflict === 'ask') {
      return { status: 'conflict', existingTeamId: existing.id, existingName: existing.name };
    }
    const asCopy = existing !== null && onConflict === 'copy';
    if (existing && onConflict === 'replace') deleteTeam(ctx, existing.id);

    for (const c of plan.competencies) {
      if (!getCompetency(ctx, c.key)) {
        insertCustomCompetency(ctx, { ...c, description: c.description ?? { nl: '', en: '' }, builtIn: false });
      }
    }

    addMissingTeamRoles(ctx, plan.teamRoles);

    const keptProfessionals: { id: string; name: string }[] = [];
    for (const p of plan.professionals) {
      const stored = getProfessional(ctx, p.id);
      // The insert stores the discipline by the one rule itself; a person already here is compared
      // as the file's would be stored: "Maatschappelijk werker" in the file is socialWorker here.
      if (!stored) insertProfessional(ctx, p, false);
      else if (!sameData(stored, { ...p, discipline: storedDiscipline(ctx, p.discipline) }))
        keptProfessionals.push({ id: stored.id, name: stored.name });
    }

    const name = freeTeamName(ctx, plan.team.name, asCopy);
    const team = asCopy ? { ...plan.team, id: ctx.newId(), name } : { ...plan.team, name };
    insertTeam(ctx, team, false);
    const scenarioId = ctx.newId();
    insertScenario(ctx, {
      id: scenarioId,
      teamId: team.id,
      name: plan.scenario ?? DEFAULT_MAIN_SCENARIO_NAME,
      isMain: true,
    });

    const functionIds = new Map<string, string>();
    plan.functions.forEach((fn, position) => {
      const id = asCopy || functionExists(ctx, fn.id) ? ctx.newId() : fn.id;
      functionIds.set(fn.id, id);
      insertFunction(ctx, scenarioId, { ...fn, id }, position);
    });
    for (const a of plan.assignments) upsertAssignment(ctx, { ...a, functionId: functionIds.get(a.functionId)! });

    return {
      status: 'imported',
      teamId: team.id,
      teamName: team.name,
      scenarioId,
      ...(keptProfessionals.length > 0 ? { keptProfessionals } : {}),
      ...(plan.hoursInOtherTeams ? { hoursInOtherTeams: plan.hoursInOtherTeams } : {}),
    };
  });
}
