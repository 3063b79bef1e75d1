import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';

type Statement = Database.Statement<unknown[], unknown>;

/**
 * What repositories and handlers share: the current connection (replaced after a restore),
 * a cache of prepared statements for it, the clock and a hook run after every committed
 * write (it drives the interval backups).
 */
export class StoreContext {
  private statements = new Map<string, Statement>();
  private connection: Database.Database;
  afterWrite: () => void = () => {};

  constructor(
    db: Database.Database,
    readonly now: () => Date,
  ) {
    this.connection = db;
  }

  get db(): Database.Database {
    return this.connection;
  }

  replaceConnection(db: Database.Database): void {
    this.connection = db;
    this.statements.clear();
  }

  /** A prepared statement for this SQL, compiled once per connection. Bound parameters only. */
  stmt(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.connection.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Runs `work` as one transaction (all or nothing), then tells the backup scheduler. */
  write<T>(work: () => T): T {
    const result = this.connection.transaction(work).immediate();
    this.afterWrite();
    return result;
  }

  /** Reads that must see one consistent state (several SELECTs) run in one transaction too. */
  read<T>(work: () => T): T {
    return this.connection.transaction(work).deferred();
  }

  nowIso(): string {
    return this.now().toISOString();
  }

  newId(): string {
    return randomUUID();
  }
}
