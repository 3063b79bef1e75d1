import type { Migration } from './types.js';

/**
 * The local side of the optional shared database (docs/shared-database.md, "The outbox").
 *
 * `shared_outbox` holds every publish the user made that the server has not yet answered
 * with "stored": the plan as it was at the moment of publishing and a publish id chosen
 * once, so a publish survives a crash or a week offline and is sent again idempotently.
 * `expected_version` is the shared version the plan was based on; NULL means "whatever
 * the earlier queued publish of the same team becomes" (two publishes made offline).
 * A row leaves the table only when the server stored it; `conflict` and `refused` rows
 * wait for the user (`theirs_json`: the server's version at the conflict, for the UI).
 *
 * `shared_team_state` remembers per local team the shared version this computer last
 * published or pulled: the base of the next publish.
 */
export const migration003: Migration = {
  version: 3,
  name: 'shared outbox',
  up(db) {
    db.exec(`
      CREATE TABLE shared_outbox (
        publish_id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL,
        scenario_id TEXT NOT NULL,
        expected_version INTEGER CHECK (expected_version IS NULL OR expected_version >= 0),
        plan_json TEXT NOT NULL,
        queued_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error TEXT,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'conflict', 'refused')),
        theirs_json TEXT
      ) STRICT;
      CREATE INDEX shared_outbox_order ON shared_outbox (state, queued_at);

      CREATE TABLE shared_team_state (
        team_id TEXT PRIMARY KEY,
        shared_version INTEGER NOT NULL DEFAULT 0 CHECK (shared_version >= 0),
        last_published_at TEXT,
        last_pulled_at TEXT
      ) STRICT;
    `);
  },
};
