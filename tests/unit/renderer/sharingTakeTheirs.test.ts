import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DB_URL_VARIABLE } from '../../../db/shared/sharedDbAddress.js';
import { drainOutbox } from '../../../node/sharedDb/drainOutbox.js';
import { openTestStore, type TestStore } from '../../integration/db/helpers.js';
import {
  DATABASE,
  PEOPLE,
  importTeamPlan,
  startSharedDbWorld,
  teamPlan,
  type SharedDbWorld,
} from '../../integration/sharedDb/sharedDbFixture.js';
import { dutch, openHarness, type Harness } from './harness.js';

/**
 * "Gedeelde versie overnemen" replaces the team on this computer as it is now, which can
 * hold work done after the publication that met the conflict. Undo cannot bring it back,
 * so the planner keeps a backup first, as a plan file's "Vervangen" does. Against a real
 * PostgreSQL and the real SQLite store behind the renderer's stores.
 */
let world: SharedDbWorld;
let h: Harness;
let other: TestStore;
const TEAM = 'take-theirs';

beforeAll(async () => {
  world = await startSharedDbWorld();
  process.env[SHARED_DB_URL_VARIABLE] = world.server.urlFor(PEOPLE.anna.name, PEOPLE.anna.password, DATABASE);
});
afterEach(async () => {
  other?.close();
  await h?.close();
});
afterAll(async () => {
  delete process.env[SHARED_DB_URL_VARIABLE];
  await world?.close();
});

/** Anna's other laptop publishes the team as version 1; this one publishes its own stand and meets it. */
async function conflictOnThisComputer(): Promise<{ teamId: string }> {
  const anna = world.clientOf('anna');
  other = openTestStore({ seedSample: false });
  const otherScenario = await importTeamPlan(other, TEAM, 'Wijkteam Oost (andere laptop)');
  await other.call('shared.publish', { scenarioId: otherScenario });
  await drainOutbox(anna, other.sharedOutbox);

  h = await openHarness();
  const imported = await h.root.api.call('plan.import', { plan: teamPlan(TEAM, 'Wijkteam Oost'), onConflict: 'ask' });
  if (imported.status !== 'imported') throw new Error('the team did not import');
  await h.root.sharing.publish(imported.scenarioId);
  expect(await drainOutbox(anna, h.store.sharedOutbox)).toMatchObject({ conflicts: 1 });
  return { teamId: TEAM };
}

describe('taking the shared version of a team', () => {
  it('keeps the team as it was, work after the publication included, in a backup named after it', async () => {
    const { teamId } = await conflictOnThisComputer();
    // An hour of work on the team after the publication that met the conflict.
    await h.root.api.call('teams.update', { id: teamId, name: 'Wijkteam Oost, na een uur werk' });
    await h.root.sharing.refresh();
    const row = h.root.sharing.stopped[0]!;
    await h.root.sharing.showConflict(row.publishId);

    await h.root.sharing.resolve('takeTheirs');

    const teams = await h.root.api.call('teams.list', {});
    expect(teams.find((team) => team.id === teamId)?.name).toBe('Wijkteam Oost (andere laptop)');
    const backups = await h.root.api.call('backups.list', {});
    const before = backups.find((b) => b.removal?.kind === 'teamTakenFromShared');
    expect(before?.removal).toEqual({ kind: 'teamTakenFromShared', name: 'Wijkteam Oost, na een uur werk' });
    // The backup really holds the work that the shared version replaced.
    const file = new Database(path.join(h.store.dataDir, 'backups', before!.id), { readonly: true });
    try {
      expect(file.prepare('SELECT name FROM teams WHERE id = ?').pluck().get(teamId)).toBe(
        'Wijkteam Oost, na een uur werk',
      );
    } finally {
      file.close();
    }
    expect(h.calls.lastIndexOf('backups.create')).toBeLessThan(h.calls.lastIndexOf('shared.resolve'));
    // Said in the open dialog, where the user is: a toast would sit behind it.
    expect(h.root.sharing.said?.kind).toBe('info');
    expect(dutch(h.root.sharing.said?.text)).toBe(
      'Het team op deze computer is vervangen door de gedeelde versie. De gegevens van daarvoor staan in een reservekopie.',
    );
  });

  it('leaves the team alone when the backup cannot be made', async () => {
    const { teamId } = await conflictOnThisComputer();
    await h.root.sharing.refresh();
    await h.root.sharing.showConflict(h.root.sharing.stopped[0]!.publishId);
    h.failNext('backups.create');

    await h.root.sharing.resolve('takeTheirs');

    const teams = await h.root.api.call('teams.list', {});
    expect(teams.find((team) => team.id === teamId)?.name).toBe('Wijkteam Oost');
    expect(h.calls).not.toContain('shared.resolve');
    await h.root.sharing.refresh();
    expect(h.root.sharing.stopped.map((r) => r.state)).toEqual(['conflict']);
  });
});
