import type { ClientBase } from 'pg';
import pg from 'pg';
import { message, type Message } from '../../shared/i18n/message.js';
import { SharedDbError } from './sharedDbError.js';

/**
 * Gives one person access: a login role of their own, member of exactly one group role.
 * Ownership of teams is keyed on this role's name, so it must never be shared between
 * people. A team leader is placed in an area, which only the administrator can change.
 */
export type SharedDbUserRole = 'team-leader' | 'hr';

const GROUP_ROLE: Record<SharedDbUserRole, string> = { 'team-leader': 'wtp_team_leader', hr: 'wtp_hr' };

/** A login name PostgreSQL accepts without quoting: lower case, digits, underscore. */
const USER_NAME_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

export interface NewUser {
  name: string;
  role: SharedDbUserRole;
  password: string;
  /** Required for a team leader. */
  area?: string;
}

type AddUserOutcome = 'created' | 'exists';

/**
 * What is wrong with a new user before anything is sent, or null. The group roles and
 * PostgreSQL's own roles (wtp_, pg_) are no names for a person.
 */
export function newUserProblem(user: Omit<NewUser, 'password'>): Message | null {
  if (!USER_NAME_PATTERN.test(user.name) || /^(wtp_|pg_)/.test(user.name)) return message('sharedDb.args.badName');
  if (user.role === 'team-leader' && !user.area?.trim()) return message('sharedDb.args.noArea');
  // HR reads every team; an area given anyway would be silently dropped.
  if (user.role === 'hr' && user.area !== undefined) return message('sharedDb.args.hrNoArea');
  return null;
}

export async function addSharedDbUser(client: ClientBase, user: NewUser): Promise<AddUserOutcome> {
  const problem = newUserProblem(user);
  if (problem) throw new SharedDbError('refused', problem);
  await client.query('BEGIN');
  try {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [user.name]);
    if (exists.rowCount) {
      await client.query('ROLLBACK');
      return 'exists';
    }
    // Identifiers and the password cannot be query parameters in CREATE ROLE; both are escaped.
    const role = pg.escapeIdentifier(user.name);
    const password = pg.escapeLiteral(user.password);
    await client.query(
      `CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS INHERIT PASSWORD ${password} IN ROLE ${GROUP_ROLE[user.role]}`,
    );
    if (user.role === 'team-leader') {
      await client.query('INSERT INTO wtp.team_leaders (role_name, area) VALUES ($1, $2)', [
        user.name,
        user.area!.trim(),
      ]);
    }
    await client.query('COMMIT');
    return 'created';
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
