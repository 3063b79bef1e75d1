import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { BackupInfo } from '../../../shared/api/entities.js';
import { dutch, openHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
  await h.store.whenIdle(); // the automatic start backup first
});
afterEach(async () => h.close());

async function backups(): Promise<BackupInfo[]> {
  const answer = (await dispatch(h.store.handlers, 'backups.list', {})) as { ok: true; value: BackupInfo[] };
  return answer.value;
}

/** All teams exported and renamed, as one file of the region: every plan is a conflict. */
async function importRegionFile(): Promise<string[]> {
  const plans = [];
  for (const team of h.root.teams.teams) {
    const plan = await h.root.api.call('plan.export', {
      scenarioId: h.root.teams.mainScenario(team.id)!.id,
      includePool: false,
    });
    plans.push({ ...plan, team: { ...plan.team, name: `${plan.team.name} (nieuw)` } });
  }
  await h.root.exchange.importFiles([{ name: 'regio.json', text: JSON.stringify(plans) }]);
  return plans.map((p) => p.team.name);
}

const texts = () => h.root.exchange.messages.map((m) => dutch(m.text));

describe('one choice for all conflicts of an import', () => {
  it('replaces all after a backup named after it, with one message at the end', async () => {
    const names = await importRegionFile();
    expect(h.root.exchange.conflicts).toHaveLength(3);
    h.calls.length = 0;

    await h.root.exchange.resolveAll('replace');

    expect(h.root.exchange.conflicts).toHaveLength(0);
    expect(texts()).toEqual(['3 teams zijn vervangen. De gegevens van daarvoor staan in een reservekopie.']);
    expect(h.calls.indexOf('backups.create')).toBeLessThan(h.calls.indexOf('plan.import'));
    expect(h.calls.filter((c) => c === 'plan.import')).toHaveLength(3);
    const before = (await backups()).find((b) => b.removal?.kind === 'teamsReplaced');
    expect(before?.removal).toEqual({ kind: 'teamsReplaced', name: '3' });
    expect(h.root.teams.teams.map((t) => t.name).sort()).toEqual([...names].sort());
    expect(h.root.exchange.progress).toBeNull();
  });

  it('replaces nothing and keeps the questions open when the backup fails', async () => {
    await importRegionFile();
    const before = h.root.teams.teams.map((t) => t.name).sort();
    h.failNext('backups.create');

    await h.root.exchange.resolveAll('replace');

    expect(h.root.exchange.conflicts).toHaveLength(3);
    expect(h.calls.filter((c) => c === 'plan.import')).toHaveLength(3); // only the first, asking ones
    expect(h.root.teams.teams.map((t) => t.name).sort()).toEqual(before);
    expect(h.root.exchange.messages.map((m) => m.kind)).toEqual(['error']);
  });

  it('skips all with one message and writes nothing', async () => {
    await importRegionFile();
    const before = h.root.teams.teams.map((t) => t.name).sort();
    h.calls.length = 0;

    await h.root.exchange.resolveAll('skip');

    expect(h.root.exchange.conflicts).toHaveLength(0);
    expect(texts()).toEqual(['3 teams zijn overgeslagen; de bestaande teams zijn niet gewijzigd.']);
    expect(h.calls).toEqual([]);
    expect(h.root.teams.teams.map((t) => t.name).sort()).toEqual(before);
  });

  it('leaves a conflict decided on its own meanwhile to that choice', async () => {
    await importRegionFile();
    const first = h.root.exchange.conflicts[0]!;
    const all = h.root.exchange.resolveAll('replace');
    await h.root.exchange.resolve(first.id, 'skip');
    await all;
    expect(h.calls.filter((c) => c === 'plan.import')).toHaveLength(3 + 2);
    expect(texts()).toContain('2 teams zijn vervangen. De gegevens van daarvoor staan in een reservekopie.');
  });
});

describe('the box over other screens', () => {
  it('hides until something new comes, and the questions stay open', async () => {
    await importRegionFile();
    expect(h.root.exchange.hasNotices).toBe(true);
    h.root.exchange.hideNotices();
    expect(h.root.exchange.hasNotices).toBe(false);
    expect(h.root.exchange.conflicts).toHaveLength(3);
    await h.root.exchange.resolveAll('skip');
    expect(h.root.exchange.hasNotices).toBe(true);
  });
});
