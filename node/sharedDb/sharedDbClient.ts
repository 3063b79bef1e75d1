import pg from 'pg';
import type { ClientConfig, PoolClient } from 'pg';
import { isConnectionLoss, sharedDbErrorFrom, type PasswordStore } from './sharedDbError.js';

type TransactionKind = 'write' | 'idempotent' | 'snapshot';

/**
 * One person's connection to the shared database, as their own login role. A small pool:
 * a connection the server closed (a restart, a network change) is dropped and the next
 * call opens a new one, so the planner needs no reconnect logic of its own. Every error
 * leaves this module as a SharedDbError.
 */
export class SharedDbClient {
  private readonly pool: pg.Pool;
  /** The login role, named in an error about its missing password. */
  private readonly user: string | undefined;

  constructor(
    config: ClientConfig,
    /** Where a missing password is to be put, said in the error about it. */
    private readonly passwordStore: PasswordStore = 'pgpass',
  ) {
    this.user = config.user;
    this.pool = new pg.Pool({ ...config, max: 2, idleTimeoutMillis: 30_000 });
    // An idle connection cut by the server emits 'error' on the pool; without a listener
    // node would end the process. The pool has already dropped that connection.
    this.pool.on('error', () => undefined);
  }

  /**
   * Runs `work` in one transaction. When the connection is lost before an answer arrives
   * and the work is safe to repeat, it is sent once more on a fresh connection: an
   * `idempotent` write (a publish, recognised by its publish id) or a read-only `snapshot`
   * (one consistent view of the database). A plain `write` is never repeated.
   */
  async transaction<T>(work: (client: PoolClient) => Promise<T>, kind: TransactionKind = 'write'): Promise<T> {
    const begin = kind === 'snapshot' ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN';
    try {
      return await this.transactionOnce(work, begin);
    } catch (error) {
      if (kind === 'write' || !isConnectionLoss(error)) throw sharedDbErrorFrom(error, this.user, this.passwordStore);
    }
    try {
      return await this.transactionOnce(work, begin);
    } catch (error) {
      throw sharedDbErrorFrom(error, this.user, this.passwordStore);
    }
  }

  private async transactionOnce<T>(work: (client: PoolClient) => Promise<T>, begin: string): Promise<T> {
    const client = await this.pool.connect();
    let broken: unknown = undefined;
    try {
      await client.query(begin);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      broken = isConnectionLoss(error) ? error : undefined;
      if (!broken) await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      // A connection that failed is not given back to the pool for reuse.
      client.release(broken instanceof Error ? broken : undefined);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
