import type { Professional } from '../../shared/domain/schemas.js';
import type { StoreContext } from '../context.js';
import { memoParse } from './memoParse.js';
import { heldListSchema, type ProfessionalRow, teamRolesSchema } from '../repositories/professionals.js';

/**
 * The whole pool for HR, the same people `listProfessionals` gives (same order, ratings in
 * the profile's order, tested equal), read faster for a region's 22,000 people:
 * - the ratings come unsorted, a person's dozen as one JSON text, and are put in the
 *   profile's order here; SQLite sorting 270,000 joined rows in a temporary B-tree was
 *   half the pool's read, making a JavaScript row per rating most of what was left;
 * - the JSON columns are still checked against the domain schema (a damaged or
 *   hand-edited value must surface here), but once per distinct text: most people share
 *   the same few expertise and team-role lists.
 */

type PersonRow = Omit<ProfessionalRow, 'is_sample'>;

type RatingPair = [competency: string, level: number];

/** Only these people (a JSON array of ids), for the read after a write (readHrInput.ts); everyone when null. */
type Only = string | null;

/**
 * Each person's ratings in the profile's order: the first half of the pool's read (the
 * warm-up reads it as a step of its own).
 */
export type HrRatings = Map<string, Record<string, number>>;

function ratingsInProfileOrder(ctx: StoreContext, only: Only): HrRatings {
  // One row per person, their ratings as one JSON text: a row per rating (270,000 for a
  // region) cost more in making JavaScript rows than anything else in HR's read. The
  // table's key starts with the person, so grouping needs no sort.
  const rows = (
    only === null
      ? ctx
          .stmt(
            `SELECT professional_id, json_group_array(json_array(competency, level)) FROM ratings
             GROUP BY professional_id`,
          )
          .raw()
          .all()
      : ctx
          .stmt(
            `SELECT professional_id, json_group_array(json_array(competency, level)) FROM ratings
             WHERE professional_id IN (SELECT value FROM json_each(?)) GROUP BY professional_id`,
          )
          .raw()
          .all(only)
  ) as RatingsRow[];
  const ratings: HrRatings = new Map();
  addInProfileOrder(ctx, rows, ratings);
  return ratings;
}

/**
 * The ratings of the next `count` people (by id) after `after` ('' for the first), added to
 * `into`: the read in steps reads a region's ratings a part at a time (the same rows as
 * `ratingsInProfileOrder`, taken along the table's key, so each part is found without a
 * sort). The last id read, or null once every person's ratings are in.
 */
export function ratingsAfter(ctx: StoreContext, after: string, count: number, into: HrRatings): string | null {
  const rows = ctx
    .stmt(
      `SELECT professional_id, json_group_array(json_array(competency, level)) FROM ratings
       WHERE professional_id > ? GROUP BY professional_id ORDER BY professional_id LIMIT ?`,
    )
    .raw()
    .all(after, count) as RatingsRow[];
  addInProfileOrder(ctx, rows, into);
  return rows.length < count ? null : rows.at(-1)![0];
}

type RatingsRow = [professionalId: string, ratingsJson: string];

function addInProfileOrder(ctx: StoreContext, rows: readonly RatingsRow[], into: HrRatings): void {
  // The profile's order, as `listProfessionals` sorts: built-in first, then position, then key.
  const keys = ctx.stmt('SELECT key FROM competencies ORDER BY built_in DESC, position, key').pluck().all() as string[];
  const rank = new Map(keys.map((key, i) => [key, i]));
  for (const [id, json] of rows) {
    // The repository's join drops a rating of an unknown competency; so does this read.
    const list = (JSON.parse(json) as RatingPair[]).filter((pair) => rank.has(pair[0]));
    list.sort((a, b) => rank.get(a[0])! - rank.get(b[0])!);
    const record: Record<string, number> = {};
    for (const [competency, level] of list) record[competency] = level;
    into.set(id, record);
  }
}

/**
 * The pool, or (`only`, a list of ids) just those people of it, in the pool's order;
 * `ratings` when they were read already (of the same people).
 */
export function readHrPool(
  ctx: StoreContext,
  only: readonly string[] | null = null,
  ratings: HrRatings = ratingsInProfileOrder(ctx, only === null ? null : JSON.stringify(only)),
): Professional[] {
  const ids = only === null ? null : JSON.stringify(only);
  const expertise = memoParse(heldListSchema);
  const teamRoles = memoParse(teamRolesSchema);
  const rows = (
    ids === null
      ? ctx
          .stmt(
            `SELECT id, name, discipline, organisation, binding, contract_hours, expertise_json, team_roles_json,
               assessed_on FROM professionals ORDER BY name COLLATE NOCASE, id`,
          )
          .all()
      : ctx
          .stmt(
            `SELECT id, name, discipline, organisation, binding, contract_hours, expertise_json, team_roles_json,
               assessed_on FROM professionals WHERE id IN (SELECT value FROM json_each(?))
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
