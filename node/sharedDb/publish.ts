import type { PoolClient } from 'pg';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import { PUBLISH_CONFLICT, SharedDbError } from './sharedDbError.js';
import type { SharedDbClient } from './sharedDbClient.js';

/**
 * Publishing one team: its plan (format 2) becomes the next version in the shared
 * database, but only when the shared version is still the one this computer last saw.
 *
 * Meant to be driven by an outbox: the caller picks `publishId` (a UUID) ONCE when the
 * user publishes, stores it with the plan, and sends the same id on every retry. A
 * publish that reached the server before its answer was lost is then recognised and
 * answered with its version (`replayed: true`) instead of being stored twice or reported
 * as a conflict with itself.
 */
export interface PublishRequest {
  plan: TeamPlan;
  /** The shared version this plan was based on: 0 for a team never published. */
  expectedVersion: number;
  publishId: string;
}

/** The shared database's current publication of a team. */
interface PublishedSnapshot {
  version: number;
  /** As stored: a format-2 plan unless a newer planner published it. */
  plan: unknown;
  publishedBy: string;
  publishedAt: Date;
}

export type PublishOutcome =
  | { status: 'published'; version: number; publishedAt: Date; replayed: boolean }
  /** Someone published in between: nothing was stored; `theirs` is what is there now. */
  | { status: 'conflict'; theirs: PublishedSnapshot };

/** Throws SharedDbError: `unreachable` (keep it in the outbox) or `refused` (another leader's team, no rights). */
export async function publishTeam(db: SharedDbClient, request: PublishRequest): Promise<PublishOutcome> {
  const { plan, expectedVersion, publishId } = request;
  try {
    const row = await db.transaction(async (client) => {
      const result = await client.query<{ version: number; published_at: Date; replayed: boolean }>(
        'SELECT version, published_at, replayed FROM wtp.publish_team($1, $2, $3, $4, $5)',
        [plan.team.id, plan.team.name, expectedVersion, publishId, JSON.stringify(plan)],
      );
      return result.rows[0]!;
    }, 'idempotent');
    return { status: 'published', version: row.version, publishedAt: row.published_at, replayed: row.replayed };
  } catch (error) {
    if (!(error instanceof SharedDbError) || error.sqlState !== PUBLISH_CONFLICT) throw error;
  }
  const theirs = await db.transaction((client) => currentSnapshot(client, plan.team.id), 'snapshot');
  return { status: 'conflict', theirs };
}

async function currentSnapshot(client: PoolClient, teamId: string): Promise<PublishedSnapshot> {
  const result = await client.query<{ version: number; plan: unknown; published_by: string; published_at: Date }>(
    `SELECT s.version, s.plan, s.published_by, s.published_at
       FROM wtp.teams t JOIN wtp.team_snapshots s ON s.team_id = t.id AND s.version = t.current_version
      WHERE t.id = $1`,
    [teamId],
  );
  const row = result.rows[0]!;
  return { version: row.version, plan: row.plan, publishedBy: row.published_by, publishedAt: row.published_at };
}
