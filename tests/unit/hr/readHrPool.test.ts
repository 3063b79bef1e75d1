import { afterEach, describe, expect, it } from 'vitest';
import { StoreContext } from '../../../db/context.js';
import { openRawConnection } from '../../../db/connection.js';
import { databasePath } from '../../../db/dataDir.js';
import { readHrPool } from '../../../db/export/readHrPool.js';
import { listProfessionals } from '../../../db/repositories/professionals.js';
import { importSyntheticTeams } from './importSyntheticTeams.js';
import { openTestStore, type TestStore } from '../../integration/db/helpers.js';

describe('readHrPool', () => {
  let store: TestStore | null = null;
  afterEach(() => {
    store?.close();
    store = null;
  });

  async function closedStoreWithTeams(): Promise<StoreContext> {
    store = openTestStore();
    await importSyntheticTeams(store, 3, 12);
    const dataDir = store.dataDir;
    await store.whenIdle();
    store.close();
    store = null;
    return new StoreContext(openRawConnection(databasePath(dataDir)), () => new Date());
  }

  it('gives the pool listProfessionals gives, in the same order down to the ratings', async () => {
    const ctx = await closedStoreWithTeams();
    try {
      const expected = listProfessionals(ctx);
      expect(expected.length).toBeGreaterThan(30);
      // Serialised, so the order of people and of each person's ratings counts too.
      expect(JSON.stringify(readHrPool(ctx))).toBe(JSON.stringify(expected));
    } finally {
      ctx.db.close();
    }
  });

  it('still refuses a damaged stored list, also when other people share a valid one', async () => {
    const ctx = await closedStoreWithTeams();
    try {
      const ids = ctx.db.prepare('SELECT id FROM professionals ORDER BY id').pluck().all() as string[];
      ctx.db.prepare('UPDATE professionals SET expertise_json = \'[{"nonsense":1}]\' WHERE id = ?').run(ids[1]);
      expect(() => readHrPool(ctx)).toThrow();
      expect(() => listProfessionals(ctx)).toThrow();
    } finally {
      ctx.db.close();
    }
  });
});
