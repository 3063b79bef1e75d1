import type { Professional } from '../../shared/domain/schemas.js';
import type { StoreContext } from '../context.js';
import { parseStored } from '../repositories/json.js';
import { heldListSchema, type ProfessionalRow, teamRolesSchema } from '../repositories/professionals.js';

/**
 * The whole pool for HR, the same people `listProfessionals` gives (same order, ratings in
 * the profile's order, tested equal), read faster for a region's 22,000 people:
 * - the ratings come unsorted and each person's dozen are put in the profile's order
 *   here; SQLite sorting 270,000 joined rows in a temporary B-tree was half the pool's
 *   read;
 * - the JSON columns are still checked against the domain schema (a damaged or
 *   hand-edited value must surface here), but once per distinct text: most people share
 *   the same few expertise and team-role lists.
 */

type PersonRow = Omit<ProfessionalRow, 'is_sample'>;

type RatingRow = [professionalId: string, competency: string, level: number];

/**
 * One schema check per distinct stored text. The checked value (the schema may drop or
 * default fields) is kept as JSON, so each person still gets a value of their own, equal
 * to what the schema gave.
 */
function memoParse<T>(schema: { parse(value: unknown): T }): (text: string) => T {
  const checked = new Map<string, string>();
  return (text) => {
    let json = checked.get(text);
    if (json === undefined) {
      json = JSON.stringify(parseStored(text, schema));
      checked.set(text, json);
    }
    return JSON.parse(json) as T;
  };
}

/** Only these people (a JSON array of ids), for the read after a write (readHrInput.ts); everyone when null. */
type Only = string | null;

function ratingsInProfileOrder(ctx: StoreContext, only: Only): Map<string, Record<string, number>> {
  // The profile's order, as `listProfessionals` sorts: built-in first, then position, then key.
  const keys = ctx.stmt('SELECT key FROM competencies ORDER BY built_in DESC, position, key').pluck().all() as string[];
  const rank = new Map(keys.map((key, i) => [key, i]));
  const rows = (
    only === null
      ? ctx.stmt('SELECT professional_id, competency, level FROM ratings').raw().all()
      : ctx
          .stmt(
            `SELECT professional_id, competency, level FROM ratings
             WHERE professional_id IN (SELECT value FROM json_each(?))`,
          )
          .raw()
          .all(only)
  ) as RatingRow[];
  const byPerson = new Map<string, RatingRow[]>();
  for (const row of rows) {
    // The repository's join drops a rating of an unknown competency; so does this read.
    if (!rank.has(row[1])) continue;
    let list = byPerson.get(row[0]);
    if (!list) {
      list = [];
      byPerson.set(row[0], list);
    }
    list.push(row);
  }
  const ratings = new Map<string, Record<string, number>>();
  for (const [id, list] of byPerson) {
    list.sort((a, b) => rank.get(a[1])! - rank.get(b[1])!);
    const record: Record<string, number> = {};
    for (const [, competency, level] of list) record[competency] = level;
    ratings.set(id, record);
  }
  return ratings;
}

const PERSON_COLUMNS =
  'id, name, discipline, organisation, binding, contract_hours, expertise_json, team_roles_json, assessed_on';

/** The pool, or (`only`, a list of ids) just those people of it, in the pool's order. */
export function readHrPool(ctx: StoreContext, only: readonly string[] | null = null): Professional[] {
  const ids = only === null ? null : JSON.stringify(only);
  const ratings = ratingsInProfileOrder(ctx, ids);
  const expertise = memoParse(heldListSchema);
  const teamRoles = memoParse(teamRolesSchema);
  const rows = (
    ids === null
      ? ctx.stmt(`SELECT ${PERSON_COLUMNS} FROM professionals ORDER BY name COLLATE NOCASE, id`).all()
      : ctx
          .stmt(
            `SELECT ${PERSON_COLUMNS} FROM professionals WHERE id IN (SELECT value FROM json_each(?))
             ORDER BY name COLLATE NOCASE, id`,
          )
          .all(ids)
  ) as PersonRow[];
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    discipline: row.discipline,
    organisation: row.organisation,
    binding: row.binding,
    contractHours: row.contract_hours,
    ratings: ratings.get(row.id) ?? {},
    expertise: expertise(row.expertise_json),
    assessedOn: row.assessed_on,
    teamRoles: teamRoles(row.team_roles_json),
  }));
}
