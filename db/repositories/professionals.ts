import { z } from 'zod';
import { heldExpertiseSchema, professionalSchema, type Professional } from '../../shared/domain/schemas.js';
import type { StoreContext } from '../context.js';
import { parseStored } from './json.js';
import { nameKey } from '../../shared/domain/sameName.js';
import { storedDiscipline } from './disciplines.js';

/** The stored JSON columns' shapes, checked on every read (also by HR's faster pool read, db/export/readHrPool.ts). */
export const heldListSchema = z.array(heldExpertiseSchema);
export const teamRolesSchema = professionalSchema.shape.teamRoles;

/** The pool of professionals with their ratings. Ratings come out in the profile's order. */

export interface ProfessionalRow {
  id: string;
  name: string;
  discipline: string;
  organisation: string;
  binding: 'hierarchical' | 'functional';
  contract_hours: number;
  expertise_json: string;
  team_roles_json: string;
  assessed_on: string | null;
  is_sample: number;
}

interface RatingRow {
  professional_id: string;
  competency: string;
  level: number;
}

const RATINGS_IN_PROFILE_ORDER = `SELECT r.professional_id, r.competency, r.level FROM ratings r
  JOIN competencies c ON c.key = r.competency`;
const PROFILE_ORDER = 'ORDER BY r.professional_id, c.built_in DESC, c.position, c.key';

function toProfessional(row: ProfessionalRow, ratings: Record<string, number>): Professional {
  return {
    id: row.id,
    name: row.name,
    discipline: row.discipline,
    organisation: row.organisation,
    binding: row.binding,
    contractHours: row.contract_hours,
    ratings,
    expertise: parseStored(row.expertise_json, heldListSchema),
    assessedOn: row.assessed_on,
    teamRoles: parseStored(row.team_roles_json, teamRolesSchema),
  };
}

function groupRatings(rows: RatingRow[]): Map<string, Record<string, number>> {
  const byPerson = new Map<string, Record<string, number>>();
  for (const r of rows) {
    let ratings = byPerson.get(r.professional_id);
    if (!ratings) {
      ratings = {};
      byPerson.set(r.professional_id, ratings);
    }
    ratings[r.competency] = r.level;
  }
  return byPerson;
}

/**
 * `now` may be passed in by bulk imports: one timestamp for the whole batch. The discipline is
 * stored by the one rule (`storedDiscipline`), here and in `updateProfessional`, so no path
 * that writes a person can skip it.
 */
export function insertProfessional(ctx: StoreContext, p: Professional, isSample: boolean, now = ctx.nowIso()): void {
  ctx
    .stmt(
      `INSERT INTO professionals (id, name, discipline, organisation, binding, contract_hours, expertise_json, assessed_on,
         team_roles_json, is_sample, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      p.id,
      p.name,
      storedDiscipline(ctx, p.discipline),
      p.organisation,
      p.binding,
      p.contractHours,
      JSON.stringify(p.expertise),
      p.assessedOn,
      JSON.stringify(p.teamRoles),
      isSample ? 1 : 0,
      now,
      now,
    );
  insertRatings(ctx, p.id, p.ratings);
}

function insertRatings(ctx: StoreContext, id: string, ratings: Record<string, number>): void {
  const insert = ctx.stmt('INSERT INTO ratings (professional_id, competency, level) VALUES (?, ?, ?)');
  for (const [competency, level] of Object.entries(ratings)) insert.run(id, competency, level);
}

export function updateProfessional(ctx: StoreContext, p: Professional): void {
  ctx
    .stmt(
      `UPDATE professionals SET name = ?, discipline = ?, organisation = ?, binding = ?, contract_hours = ?,
         expertise_json = ?, assessed_on = ?, team_roles_json = ?, updated_at = ? WHERE id = ?`,
    )
    .run(
      p.name,
      storedDiscipline(ctx, p.discipline),
      p.organisation,
      p.binding,
      p.contractHours,
      JSON.stringify(p.expertise),
      p.assessedOn,
      JSON.stringify(p.teamRoles),
      ctx.nowIso(),
      p.id,
    );
  ctx.stmt('DELETE FROM ratings WHERE professional_id = ?').run(p.id);
  insertRatings(ctx, p.id, p.ratings);
}

export function setRating(ctx: StoreContext, id: string, competency: string, level: number | null): void {
  if (level === null) {
    ctx.stmt('DELETE FROM ratings WHERE professional_id = ? AND competency = ?').run(id, competency);
  } else {
    ctx
      .stmt(
        `INSERT INTO ratings (professional_id, competency, level) VALUES (?, ?, ?)
         ON CONFLICT (professional_id, competency) DO UPDATE SET level = excluded.level`,
      )
      .run(id, competency, level);
  }
  ctx.stmt('UPDATE professionals SET updated_at = ? WHERE id = ?').run(ctx.nowIso(), id);
}

export function getProfessional(ctx: StoreContext, id: string): Professional | null {
  const row = ctx.stmt('SELECT * FROM professionals WHERE id = ?').get(id) as ProfessionalRow | undefined;
  if (!row) return null;
  const ratings = groupRatings(
    ctx.stmt(`${RATINGS_IN_PROFILE_ORDER} WHERE r.professional_id = ? ${PROFILE_ORDER}`).all(id) as RatingRow[],
  );
  return toProfessional(row, ratings.get(id) ?? {});
}

export function professionalExists(ctx: StoreContext, id: string): boolean {
  return ctx.stmt('SELECT 1 FROM professionals WHERE id = ?').get(id) !== undefined;
}

/** The whole pool, by name. */
export function listProfessionals(ctx: StoreContext): Professional[] {
  const rows = ctx.stmt('SELECT * FROM professionals ORDER BY name COLLATE NOCASE, id').all() as ProfessionalRow[];
  const ratings = groupRatings(ctx.stmt(`${RATINGS_IN_PROFILE_ORDER} ${PROFILE_ORDER}`).all() as RatingRow[]);
  return rows.map((row) => toProfessional(row, ratings.get(row.id) ?? {}));
}

/** Members of a scenario: everyone assigned to one of its functions, by name. */
export function listScenarioMembers(ctx: StoreContext, scenarioId: string): Professional[] {
  const memberFilter = `SELECT DISTINCT a.professional_id FROM assignments a JOIN functions f ON f.id = a.function_id
    WHERE f.scenario_id = ?`;
  const rows = ctx
    .stmt(`SELECT * FROM professionals WHERE id IN (${memberFilter}) ORDER BY name COLLATE NOCASE, id`)
    .all(scenarioId) as ProfessionalRow[];
  const ratings = groupRatings(
    ctx
      .stmt(`${RATINGS_IN_PROFILE_ORDER} WHERE r.professional_id IN (${memberFilter}) ${PROFILE_ORDER}`)
      .all(scenarioId) as RatingRow[],
  );
  return rows.map((row) => toProfessional(row, ratings.get(row.id) ?? {}));
}

export function deleteProfessional(ctx: StoreContext, id: string): boolean {
  return ctx.stmt('DELETE FROM professionals WHERE id = ?').run(id).changes > 0;
}

export function isSampleProfessional(ctx: StoreContext, id: string): boolean {
  return ctx.stmt('SELECT is_sample FROM professionals WHERE id = ?').pluck().get(id) === 1;
}

export function deleteSampleProfessionals(ctx: StoreContext): number {
  return ctx.stmt('DELETE FROM professionals WHERE is_sample = 1').run().changes;
}

/** The ids of everyone with this stored discipline, by name. */
export function professionalIdsWithDiscipline(ctx: StoreContext, discipline: string): string[] {
  return ctx
    .stmt('SELECT id FROM professionals WHERE discipline = ? ORDER BY name COLLATE NOCASE, id')
    .pluck()
    .all(discipline) as string[];
}

/** Gives these people this discipline (the rename of an own discipline, or its undo); the caller holds the write. */
export function setDiscipline(ctx: StoreContext, ids: readonly string[], discipline: string): void {
  const update = ctx.stmt('UPDATE professionals SET discipline = ?, updated_at = ? WHERE id = ?');
  const now = ctx.nowIso();
  for (const id of ids) update.run(discipline, now, id);
}

/** The pool's names by the one rule of a same name (`nameKey`): the import refuses to add someone twice. */
export function professionalNameKeys(ctx: StoreContext): Set<string> {
  const names = ctx.stmt('SELECT name FROM professionals').pluck().all() as string[];
  return new Set(names.map(nameKey));
}
