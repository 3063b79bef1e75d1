import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { BackupInfo } from '../../../shared/api/entities.js';
import { backupReasonText } from '../../../renderer/backups/backupReason.js';
import { dutch, openHarness, type Harness } from './harness.js';

// The RootStore over the real SQLite store (harness.ts): backup, replace and restore all happen in the file.
let h: Harness;
beforeEach(async () => {
  h = await openHarness();
  await h.store.whenIdle(); // the automatic start backup first
});
afterEach(async () => h.close());

async function call<T>(method: string, input: unknown): Promise<T> {
  const answer = (await dispatch(h.store.handlers, method, input)) as { ok: true; value: T };
  expect(answer.ok).toBe(true);
  return answer.value;
}

/** The first team's main scenario as a file from a colleague: the same team, without anyone in it. */
async function importEmptiedTeam() {
  const team = h.root.teams.teams[0]!;
  const scenarioId = h.root.teams.mainScenario(team.id)!.id;
  const before = await call<{ plan: { assignments: unknown[] } }>('plan.get', { scenarioId });
  expect(before.plan.assignments.length).toBeGreaterThan(0);
  const file = await h.root.api.call('plan.export', { scenarioId, includePool: false });
  await h.root.exchange.importFiles([{ name: 'noord.json', text: JSON.stringify({ ...file, assignments: [] }) }]);
  expect(h.root.exchange.conflicts).toHaveLength(1);
  return { team, scenarioId, before, conflict: h.root.exchange.conflicts[0]! };
}

describe('replacing one team from a file', () => {
  it('first makes a backup named after the team, says so, and restoring it gives the old plan back', async () => {
    const { team, scenarioId, before, conflict } = await importEmptiedTeam();
    h.calls.length = 0;

    await h.root.exchange.resolve(conflict.id, 'replace');

    expect(h.calls.indexOf('backups.create')).toBeGreaterThanOrEqual(0);
    expect(h.calls.indexOf('backups.create')).toBeLessThan(h.calls.indexOf('plan.import'));
    expect(h.root.exchange.messages.map((m) => dutch(m.text))).toEqual([
      `${team.name} is vervangen. De gegevens van daarvoor staan in een reservekopie.`,
    ]);
    const backup = (await call<BackupInfo[]>('backups.list', {})).find((b) => b.reason === 'beforeRemoval');
    expect(backup?.removal).toEqual({ kind: 'teamReplaced', name: team.name });
    expect(dutch(backupReasonText(backup!))).toBe(`voor het vervangen van team ${team.name} door een import`);

    // The team now holds the file's plan: nobody in it.
    const teams = await call<{ id: string; scenarios: { id: string; isMain: boolean }[] }[]>('teams.list', {});
    const newMain = teams.find((t) => t.id === team.id)!.scenarios.find((s) => s.isMain)!;
    expect(
      (await call<{ plan: { assignments: unknown[] } }>('plan.get', { scenarioId: newMain.id })).plan.assignments,
    ).toEqual([]);

    await call('backups.restore', { id: backup!.id });
    const restored = await call<{ plan: unknown }>('plan.get', { scenarioId });
    expect(restored.plan).toEqual(before.plan);
  });

  it('replaces nothing and asks again when the backup fails', async () => {
    const { scenarioId, before, conflict } = await importEmptiedTeam();
    h.failNext('backups.create');

    await h.root.exchange.resolve(conflict.id, 'replace');

    expect(h.root.exchange.conflicts).toEqual([conflict]);
    expect(h.root.exchange.messages.map((m) => m.kind)).toEqual(['error']);
    expect((await call<{ plan: unknown }>('plan.get', { scenarioId })).plan).toEqual(before.plan);
  });

  it('makes no backup for a copy, which changes nothing that exists', async () => {
    const { conflict } = await importEmptiedTeam();
    h.calls.length = 0;
    await h.root.exchange.resolve(conflict.id, 'copy');
    expect(h.calls).not.toContain('backups.create');
  });
});
