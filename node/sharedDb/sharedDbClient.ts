import pg from 'pg';
import type { ClientConfig, PoolClient } from 'pg';
import { isConnectionLoss, sharedDbErrorFrom } from './sharedDbError.js';

/**
 * One person's connection to the shared database, as their own login role. A small pool:
 * a connection the server closed (a restart, a network change) is dropped and the next
 * call opens a new one, so the planner needs no reconnect logic of its own. Every error
 * leaves this module as a SharedDbError.
 */
export class SharedDbClient {
  private readonly pool: pg.Pool;

  constructor(config: ClientConfig) {
    this.pool = new pg.Pool({ ...config, max: 2, idleTimeoutMillis: 30_000 });
    // An idle connection cut by the server emits 'error' on the pool; without a listener
    // node would end the process. The pool has already dropped that connection.
    this.pool.on('error', () => undefined);
  }

  /**
   * Runs `work` in one transaction. When the connection is lost before an answer arrives
   * and the work is safe to repeat (`retryOnConnectionLoss`, e.g. a publish with its
   * publish id), it is sent once more on a fresh connection.
   */
  async transaction<T>(work: (client: PoolClient) => Promise<T>, retryOnConnectionLoss = false): Promise<T> {
    try {
      return await this.transactionOnce(work);
    } catch (error) {
      if (!retryOnConnectionLoss || !isConnectionLoss(error)) throw sharedDbErrorFrom(error);
    }
    try {
      return await this.transactionOnce(work);
    } catch (error) {
      throw sharedDbErrorFrom(error);
    }
  }

  private async transactionOnce<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: unknown = undefined;
    try {
      await client.query('BEGIN');
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
