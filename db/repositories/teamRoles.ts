import type { TeamRole } from '../../shared/domain/schemas.js';
import type { StoreContext } from '../context.js';

/** The organisation's set of team roles (seeded with the built-in default set), in the order it chose. */

interface TeamRoleRow {
  key: string;
  name_nl: string;
  name_en: string;
}

export function listTeamRoles(ctx: StoreContext): TeamRole[] {
  const rows = ctx.stmt('SELECT key, name_nl, name_en FROM team_roles ORDER BY position, key').all() as TeamRoleRow[];
  return rows.map((r) => ({ key: r.key, name: { nl: r.name_nl, en: r.name_en } }));
}

/** Adds roles the store does not know yet (from an imported plan) at the end of the set; known keys are left alone. */
export function addMissingTeamRoles(ctx: StoreContext, roles: readonly TeamRole[]): void {
  const insert = ctx.stmt(
    `INSERT INTO team_roles (key, built_in, name_nl, name_en, position, created_at)
     VALUES (?, 0, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM team_roles), ?)
     ON CONFLICT (key) DO NOTHING`,
  );
  const now = ctx.nowIso();
  for (const role of roles) insert.run(role.key, role.name.nl, role.name.en, now);
}

export function getTeamRole(ctx: StoreContext, key: string): TeamRole | null {
  const row = ctx.stmt('SELECT key, name_nl, name_en FROM team_roles WHERE key = ?').get(key) as
    TeamRoleRow | undefined;
  return row ? { key: row.key, name: { nl: row.name_nl, en: row.name_en } } : null;
}

export function teamRoleKeys(ctx: StoreContext): Set<string> {
  return new Set(ctx.stmt('SELECT key FROM team_roles').pluck().all() as string[]);
}

/** A role the organisation adds itself: at the end of its set, or at a place (0-based) when it comes back by undo. */
export function insertTeamRole(ctx: StoreContext, role: TeamRole, at?: number): void {
  if (at === undefined) return addMissingTeamRoles(ctx, [role]);
  const keys = listTeamRoles(ctx).map((r) => r.key);
  keys.splice(Math.min(at, keys.length), 0, role.key);
  ctx
    .stmt('INSERT INTO team_roles (key, built_in, name_nl, name_en, position, created_at) VALUES (?, 0, ?, ?, 0, ?)')
    .run(role.key, role.name.nl, role.name.en, ctx.nowIso());
  const place = ctx.stmt('UPDATE team_roles SET position = ? WHERE key = ?');
  keys.forEach((key, i) => place.run(i, key));
}

/** Where a role stands in the set (0-based), so undoing its removal can put it back there. */
export function teamRolePosition(ctx: StoreContext, key: string): number {
  return listTeamRoles(ctx).findIndex((r) => r.key === key);
}

export function renameTeamRole(ctx: StoreContext, role: TeamRole): void {
  ctx.stmt('UPDATE team_roles SET name_nl = ?, name_en = ? WHERE key = ?').run(role.name.nl, role.name.en, role.key);
}

/** Who was rated on a role, and how: what removing the role takes away (and what undo gives back). */
export function ratingsOfTeamRole(ctx: StoreContext, key: string): Record<string, number> {
  const rows = ctx
    .stmt(
      `SELECT id, json_extract(team_roles_json, ?) AS level FROM professionals
       WHERE json_type(team_roles_json, ?) IS NOT NULL`,
    )
    .all(rolePath(key), rolePath(key)) as { id: string; level: number }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.level]));
}

/**
 * Removes the role and every person's rating on it. Callers run this inside one write,
 * so a set without the role never exists beside ratings that still name it.
 */
export function deleteTeamRole(ctx: StoreContext, key: string): void {
  ctx
    .stmt(
      'UPDATE professionals SET team_roles_json = json_remove(team_roles_json, ?) WHERE json_type(team_roles_json, ?) IS NOT NULL',
    )
    .run(rolePath(key), rolePath(key));
  ctx.stmt('DELETE FROM team_roles WHERE key = ?').run(key);
}

/** Puts ratings back on a role (undo of a removal); people who were deleted since are skipped. */
export function restoreTeamRoleRatings(ctx: StoreContext, key: string, ratings: Record<string, number>): void {
  const update = ctx.stmt('UPDATE professionals SET team_roles_json = json_set(team_roles_json, ?, ?) WHERE id = ?');
  for (const [id, level] of Object.entries(ratings)) update.run(rolePath(key), level, id);
}

/** Role keys may hold a dash, so the JSON path quotes them. */
function rolePath(key: string): string {
  return `$."${key}"`;
}
