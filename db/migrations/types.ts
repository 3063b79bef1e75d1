import type Database from 'better-sqlite3';

/** One schema step. `up` runs inside the transaction that applies all pending steps. */
export interface Migration {
  /** The `user_version` the database has after this step; consecutive from 1. */
  version: number;
  name: string;
  up(db: Database.Database): void;
}
