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
