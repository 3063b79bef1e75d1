import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migration004 } from '../../../db/migrations/004-former-main-scenario-names.js';
import { databasePath } from '../../../db/dataDir.js';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations/index.js';
import { openTestStore, sampleTeamInput, tempDir, type TestStore } from './helpers.js';

/**
 * Migration 004: a file written before "Vaststellen" renamed the former main scenario can
 * hold a variant still called "Hoofdscenario" beside the real main one. After the update
 * it reads "Vorig hoofdscenario" (numbered when taken); a main scenario keeps its name.
 */
const stores: TestStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));

function open(dataDir: string): TestStore {
  const store = openTestStore({ dataDir, seedSample: false });
  stores.push(store);
  return store;
}

/** What the old "Vaststellen" wrote: the main role moved, the names left as they were. */
function adoptTheOldWay(file: string, teamId: string, newMainName: string): void {
  const db = new Database(file);
  db.transaction(() => {
    db.prepare('UPDATE scenarios SET is_main = 0 WHERE team_id = ?').run(teamId);
    db.prepare('UPDATE scenarios SET is_main = 1 WHERE team_id = ? AND name = ?').run(teamId, newMainName);
  })();
  db.pragma(`user_version = ${migration004.version - 1}`);
  db.close();
}

describe('migration 004: former main scenarios named as such', () => {
  it('renames a variant still called "Hoofdscenario", numbered when the name is taken, and keeps a main one', async () => {
    const dataDir = tempDir();
    const store = open(dataDir);
    const adopted = await store.call('teams.create', { ...sampleTeamInput, name: 'Wijkteam Oost' });
    const taken = await store.call('teams.create', { ...sampleTeamInput, name: 'Wijkteam West' });
    const untouched = await store.call('teams.create', { ...sampleTeamInput, name: 'Wijkteam Zuid' });
    const mainOf = (team: typeof adopted) => team.scenarios.find((s) => s.isMain)!;
    await store.call('scenarios.duplicate', { scenarioId: mainOf(adopted).id, name: 'Samengesteld' });
    await store.call('scenarios.duplicate', { scenarioId: mainOf(taken).id, name: 'Samengesteld' });
    await store.call('scenarios.duplicate', { scenarioId: mainOf(taken).id, name: 'Vorig hoofdscenario' });
    const file = databasePath(dataDir);
    store.close();
    stores.length = 0;
    adoptTheOldWay(file, adopted.id, 'Samengesteld');
    adoptTheOldWay(file, taken.id, 'Samengesteld');

    const after = open(dataDir);
    const names = async (teamId: string) =>
      (await after.call('teams.list', {}))
        .find((t) => t.id === teamId)!
        .scenarios.map((s) => [s.name, s.isMain])
        .sort(([a], [b]) => String(a).localeCompare(String(b)));
    expect(await names(adopted.id)).toEqual([
      ['Samengesteld', true],
      ['Vorig hoofdscenario', false],
    ]);
    expect(await names(taken.id)).toEqual([
      ['Samengesteld', true],
      ['Vorig hoofdscenario', false],
      ['Vorig hoofdscenario 2', false],
    ]);
    expect(await names(untouched.id)).toEqual([['Hoofdscenario', true]]);
    after.close();
    stores.length = 0;
    const reopened = new Database(file, { readonly: true });
    expect(reopened.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    reopened.close();
  });
});
