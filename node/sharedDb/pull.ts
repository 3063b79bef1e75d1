import type { Message } from '../../shared/i18n/message.js';
import { parsePlan } from '../../shared/plan/parsePlan.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import type { SharedDbClient } from './sharedDbClient.js';

/**
 * Every team the signed-in person may read, at its current version: for HR all teams,
 * for a team leader the own teams (and the area's, where the municipality allows it).
 * What is readable is decided by the database's policies, not here. `pulledAt` is the
 * server's clock, so a screen can say how fresh the data is.
 */
export interface PulledTeam {
  teamId: string;
  name: string;
  /** The area of the team leader who owns it, as set by the administrator. */
  area: string;
  ownerRole: string;
  version: number;
  publishedAt: Date;
  publishedBy: string;
  /** The plan, upgraded and checked like an imported plan file; null when it cannot be read. */
  plan: TeamPlan | null;
  /** Why the plan cannot be read (e.g. published by a newer planner); empty when it can. */
  problems: Message[];
}

interface PullResult {
  pulledAt: Date;
  teams: PulledTeam[];
}

interface TeamRow {
  id: string;
  name: string;
  area: string;
  owner_role: string;
  version: number;
  published_at: Date;
  published_by: string;
  plan: unknown;
}

export async function pullTeams(db: SharedDbClient): Promise<PullResult> {
  const { rows, pulledAt } = await db.transaction(async (client) => {
    const result = await client.query<TeamRow>(
      `SELECT t.id, t.name, t.area, t.owner_role, s.version, s.published_at, s.published_by, s.plan
         FROM wtp.teams t JOIN wtp.team_snapshots s ON s.team_id = t.id AND s.version = t.current_version
        ORDER BY t.area, t.name, t.id`,
    );
    const clock = await client.query<{ now: Date }>('SELECT now()');
    return { rows: result.rows, pulledAt: clock.rows[0]!.now };
    // One snapshot of the database for the whole answer, so a publish arriving mid-read
    // cannot give a mixture of teams before and after it.
  }, 'snapshot');
  return { pulledAt, teams: rows.map(toPulledTeam) };
}

function toPulledTeam(row: TeamRow): PulledTeam {
  const parsed = parsePlan(row.plan);
  return {
    teamId: row.id,
    name: row.name,
    area: row.area,
    ownerRole: row.owner_role,
    version: row.version,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    plan: parsed.ok ? parsed.plan : null,
    problems: parsed.ok ? [] : parsed.issues.map((issue) => issue.text),
  };
}
