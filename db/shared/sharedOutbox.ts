import type { Message } from '../../shared/i18n/message.js';
import type { StoreContext } from '../context.js';
import { readScenarioPlan } from '../importExport/planExport.js';

/**
 * The SQLite side of publishing to the shared database (docs/shared-database.md, "The
 * outbox"). Everything here is local and synchronous: queueing a publish, handing the
 * drain the oldest pending one and writing down what the server answered. The network
 * part lives in node/sharedDb/drainOutbox.ts, because db/ never talks to PostgreSQL.
 *
 * Each method is one SQLite transaction, so a crash or kill -9 leaves every row either
 * as it was or fully updated; a row is deleted only together with the new shared version.
 */

type OutboxState = 'pending' | 'conflict' | 'refused';

/** One waiting publish as the drain sends it. */
interface PendingPublish {
  publishId: string;
  teamId: string;
  /** The shared version the plan is based on, resolved for a publish queued behind another. */
  expectedVersion: number;
  planJson: string;
}

/** What the server holds instead, when a publish met a conflict; kept for the UI. */
interface TheirVersion {
  version: number;
  publishedBy: string;
  publishedAt: string;
  plan: unknown;
}

interface OutboxRow {
  publishId: string;
  teamId: string;
  teamName: string;
  scenarioId: string;
  expectedVersion: number | null;
  queuedAt: string;
  attempts: number;
  state: OutboxState;
  lastError: Message | null;
  /** Set for a conflict: the server's version at that moment, without its plan. */
  theirs: Omit<TheirVersion, 'plan'> | null;
}

interface TeamSharedState {
  teamId: string;
  sharedVersion: number;
  lastPublishedAt: string | null;
  lastPulledAt: string | null;
}

interface OutboxRecord {
  publish_id: string;
  team_id: string;
  team_name: string | null;
  scenario_id: string;
  expected_version: number | null;
  queued_at: string;
  attempts: number;
  state: OutboxState;
  last_error: string | null;
  theirs_json: string | null;
}

export class SharedOutbox {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Queues the scenario's plan as it is now, under a publish id chosen here once. The
   * base is the team's last shared version - or, when a publish of the team is already
   * waiting, whatever that one becomes (NULL), so two publishes made offline follow each
   * other instead of the second conflicting with the first.
   */
  queue(scenarioId: string): { publishId: string } {
    const ctx = this.ctx;
    return ctx.write(() => {
      // Only this team's own members: people of the local pool outside the team are not published.
      const { teamId, plan } = readScenarioPlan(ctx, scenarioId, 'membersOnly', 'file');
      const waiting = ctx
        .stmt("SELECT 1 FROM shared_outbox WHERE team_id = ? AND state = 'pending' LIMIT 1")
        .get(teamId);
      const expectedVersion = waiting ? null : this.sharedVersion(teamId);
      const publishId = ctx.newId();
      ctx
        .stmt(
          `INSERT INTO shared_outbox (publish_id, team_id, scenario_id, expected_version, plan_json, queued_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(publishId, teamId, scenarioId, expectedVersion, JSON.stringify(plan), ctx.nowIso());
      return { publishId };
    });
  }

  /** The oldest pending publish (in the order the user made them), or null when none waits. */
  nextPending(): PendingPublish | null {
    const ctx = this.ctx;
    return ctx.read(() => {
      const row = ctx
        .stmt(
          `SELECT publish_id, team_id, expected_version, plan_json FROM shared_outbox
            WHERE state = 'pending' ORDER BY queued_at, rowid LIMIT 1`,
        )
        .get() as
        { publish_id: string; team_id: string; expected_version: number | null; plan_json: string } | undefined;
      if (!row) return null;
      return {
        publishId: row.publish_id,
        teamId: row.team_id,
        expectedVersion: row.expected_version ?? this.sharedVersion(row.team_id),
        planJson: row.plan_json,
      };
    });
  }

  /** The server stored it (now or on an earlier attempt whose answer was lost). */
  markPublished(publishId: string, teamId: string, version: number, publishedAt: Date): void {
    const ctx = this.ctx;
    ctx.write(() => {
      ctx.stmt('DELETE FROM shared_outbox WHERE publish_id = ?').run(publishId);
      ctx
        .stmt(
          `INSERT INTO shared_team_state (team_id, shared_version, last_published_at) VALUES (?, ?, ?)
           ON CONFLICT (team_id) DO UPDATE SET
             shared_version = max(shared_version, excluded.shared_version),
             last_published_at = excluded.last_published_at`,
        )
        .run(teamId, version, publishedAt.toISOString());
    });
  }

  /** Someone published the team in between: the user decides later (keep mine, take theirs, keep both). */
  markConflict(publishId: string, theirs: TheirVersion): void {
    this.settle(publishId, 'conflict', null, JSON.stringify(theirs));
  }

  /** The server said no (rights, a broken plan, ...): retrying will not help until something changes. */
  markRefused(publishId: string, reason: Message): void {
    this.settle(publishId, 'refused', reason, null);
  }

  /** The server could not be reached: the row stays pending for the next drain. */
  markUnreachable(publishId: string, reason: Message): void {
    const ctx = this.ctx;
    ctx.write(() => {
      ctx
        .stmt(
          "UPDATE shared_outbox SET attempts = attempts + 1, last_error = ? WHERE publish_id = ? AND state = 'pending'",
        )
        .run(JSON.stringify(reason), publishId);
    });
  }

  private settle(publishId: string, state: OutboxState, reason: Message | null, theirsJson: string | null): void {
    const ctx = this.ctx;
    ctx.write(() => {
      ctx
        .stmt(
          `UPDATE shared_outbox SET state = ?, attempts = attempts + 1, last_error = ?, theirs_json = ?
            WHERE publish_id = ? AND state = 'pending'`,
        )
        .run(state, reason === null ? null : JSON.stringify(reason), theirsJson, publishId);
    });
  }

  /**
   * The user's answer to a refused publish: send it again (after the administrator fixed
   * the rights, say). Only refused rows; a conflict is resolved with `keepMine`.
   */
  retry(publishId: string): boolean {
    const ctx = this.ctx;
    return ctx.write(
      () =>
        ctx
          .stmt(
            "UPDATE shared_outbox SET state = 'pending', last_error = NULL WHERE publish_id = ? AND state = 'refused'",
          )
          .run(publishId).changes === 1,
    );
  }

  /** The user gives up a publish that was refused or met a conflict; a waiting one is never thrown away. */
  discard(publishId: string): boolean {
    const ctx = this.ctx;
    return ctx.write(
      () =>
        ctx.stmt("DELETE FROM shared_outbox WHERE publish_id = ? AND state IN ('conflict', 'refused')").run(publishId)
          .changes === 1,
    );
  }

  /**
   * Keep mine: the user has seen the server's version and publishes over it, as the next
   * version after it. The row is sent again with that version as its base (so a third
   * publisher in between is again a conflict, never overwritten).
   */
  keepMine(publishId: string): boolean {
    const ctx = this.ctx;
    return ctx.write(() => {
      const theirs = this.theirs(publishId);
      if (!theirs) return false;
      ctx
        .stmt(
          `UPDATE shared_outbox SET state = 'pending', expected_version = ?, last_error = NULL, theirs_json = NULL
            WHERE publish_id = ? AND state = 'conflict'`,
        )
        .run(theirs.version, publishId);
      return true;
    });
  }

  /**
   * The conflict ends with the server's version taken over locally (take theirs, or as a
   * separate team beside mine): the row goes, and the team's base becomes that version,
   * so the next publish of the team follows it instead of conflicting again. Runs
   * `applyLocally` (the import of their plan) in the same transaction.
   */
  settleWithTheirs<T>(publishId: string, applyLocally: (theirs: TheirVersion, teamId: string) => T): T | null {
    const ctx = this.ctx;
    return ctx.write(() => {
      const row = ctx
        .stmt("SELECT team_id, theirs_json FROM shared_outbox WHERE publish_id = ? AND state = 'conflict'")
        .get(publishId) as { team_id: string; theirs_json: string | null } | undefined;
      if (!row?.theirs_json) return null;
      const theirs = JSON.parse(row.theirs_json) as TheirVersion;
      const result = applyLocally(theirs, row.team_id);
      ctx.stmt('DELETE FROM shared_outbox WHERE publish_id = ?').run(publishId);
      this.notePulled(row.team_id, theirs.version);
      return result;
    });
  }

  /** This computer now knows the team's shared version `version` (pulled from the server). */
  notePulled(teamId: string, version: number): void {
    const ctx = this.ctx;
    ctx.write(() => {
      ctx
        .stmt(
          `INSERT INTO shared_team_state (team_id, shared_version, last_pulled_at) VALUES (?, ?, ?)
           ON CONFLICT (team_id) DO UPDATE SET
             shared_version = max(shared_version, excluded.shared_version),
             last_pulled_at = excluded.last_pulled_at`,
        )
        .run(teamId, version, ctx.nowIso());
    });
  }

  /** The plan as it was queued, for the comparison screen. */
  queuedPlan(publishId: string): unknown {
    const row = this.ctx.stmt('SELECT plan_json FROM shared_outbox WHERE publish_id = ?').get(publishId) as
      { plan_json: string } | undefined;
    return row ? (JSON.parse(row.plan_json) as unknown) : null;
  }

  /** Every row, oldest first, without the plans; and what this computer knows per team. */
  status(): { outbox: OutboxRow[]; teams: TeamSharedState[] } {
    const ctx = this.ctx;
    return ctx.read(() => {
      const rows = ctx
        .stmt(
          `SELECT publish_id, team_id, json_extract(plan_json, '$.team.name') AS team_name, scenario_id,
                  expected_version, queued_at, attempts, state, last_error, theirs_json
             FROM shared_outbox ORDER BY queued_at, rowid`,
        )
        .all() as OutboxRecord[];
      const teams = ctx
        .stmt(
          'SELECT team_id, shared_version, last_published_at, last_pulled_at FROM shared_team_state ORDER BY team_id',
        )
        .all() as {
        team_id: string;
        shared_version: number;
        last_published_at: string | null;
        last_pulled_at: string | null;
      }[];
      return {
        outbox: rows.map(toOutboxRow),
        teams: teams.map((t) => ({
          teamId: t.team_id,
          sharedVersion: t.shared_version,
          lastPublishedAt: t.last_published_at,
          lastPulledAt: t.last_pulled_at,
        })),
      };
    });
  }

  /** The server's version of a conflicted publish, plan included (for the comparison screen). */
  theirs(publishId: string): TheirVersion | null {
    const row = this.ctx.stmt('SELECT theirs_json FROM shared_outbox WHERE publish_id = ?').get(publishId) as
      { theirs_json: string | null } | undefined;
    return row?.theirs_json ? (JSON.parse(row.theirs_json) as TheirVersion) : null;
  }

  private sharedVersion(teamId: string): number {
    const row = this.ctx.stmt('SELECT shared_version FROM shared_team_state WHERE team_id = ?').get(teamId) as
      { shared_version: number } | undefined;
    return row?.shared_version ?? 0;
  }
}

function toOutboxRow(row: OutboxRecord): OutboxRow {
  const theirs = row.theirs_json ? (JSON.parse(row.theirs_json) as TheirVersion) : null;
  return {
    publishId: row.publish_id,
    teamId: row.team_id,
    teamName: row.team_name ?? row.team_id,
    scenarioId: row.scenario_id,
    expectedVersion: row.expected_version,
    queuedAt: row.queued_at,
    attempts: row.attempts,
    state: row.state,
    lastError: row.last_error ? (JSON.parse(row.last_error) as Message) : null,
    theirs: theirs
      ? { version: theirs.version, publishedBy: theirs.publishedBy, publishedAt: theirs.publishedAt }
      : null,
  };
}
