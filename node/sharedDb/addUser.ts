import type { ClientBase } from 'pg';
import pg from 'pg';

/**
 * Gives one person access: a login role of their own, member of exactly one group role.
 * Ownership of teams is keyed on this role's name, so it must never be shared between
 * people. A team leader is placed in an area, which only the administrator can change.
 */
export type SharedDbUserRole = 'team-leader' | 'hr';

export const GROUP_ROLE: Record<SharedDbUserRole, string> = { 'team-leader': 'wtp_team_leader', hr: 'wtp_hr' };

/** A login name PostgreSQL accepts without quoting: lower case, digits, underscore. */
export const USER_NAME_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

export interface NewUser {
  name: string;
  role: SharedDbUserRole;
  password: string;
  /** Required for a team leader. */
  area?: string;
}

export type AddUserOutcome = 'created' | 'exists';

export async function addSharedDbUser(client: ClientBase, user: NewUser): Promise<AddUserOutcome> {
  if (!USER_NAME_PATTERN.test(user.name) || user.name.startsWith('wtp_') || user.name.startsWith('pg_')) {
    throw new RangeError(`not a valid user name: ${user.name}`);
  }
  if (user.role === 'team-leader' && !user.area?.trim()) throw new RangeError('a team leader needs an area');
  await client.query('BEGIN');
  try {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [user.name]);
    if (exists.rowCount) {
      await client.query('ROLLBACK');
      return 'exists';
    }
    // Identifiers and the password cannot be query parameters in CREATE ROLE; both are escaped.
    const role = pg.escapeIdentifier(user.name);
    await client.query(
      `CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS INHERIT ` +
        `PASSWORD ${pg.escapeLiteral(user.password)} IN ROLE ${GROUP_ROLE[user.role]}`,
    );
    if (user.role === 'team-leader') {
      await client.query('INSERT INTO wtp.team_leaders (role_name, area) VALUES ($1, $2)', [user.name, user.area!.trim()]);
    }
    await client.query('COMMIT');
    return 'created';
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
