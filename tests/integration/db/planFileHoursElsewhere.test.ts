import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/engine/coverage.js';
import { hoursInAllTeams, overAllocatedIds } from '../../../shared/engine/overAllocation.js';
import type { JsonReport } from '../../../shared/engine/types.js';
import { parsePlanJson } from '../../../shared/plan/parsePlan.js';
import { openTestStore, personInput, sampleTeamInput, type TestStore } from './helpers.js';

/**
 * A team plan file tells the truth about hours in other teams: Sanne works 24 hours in
 * team B and 16 in team A on a 32-hour contract. The app (plan.get and the board's
 * engine) counts her 40 of 32; the report and compose on team A's exported file must
 * count the same, through the real commands a user runs.
 */
const root = path.resolve(import.meta.dirname, '../../..');

function run(script: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [script, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let store: TestStore;
afterEach(() => store?.close());

async function sanneInTwoTeams() {
  store = openTestStore({ seedSample: false });
  const sanne = await store.call('professionals.create', { ...personInput, name: 'Sanne Mulder', contractHours: 32 });
  const a = await store.call('teams.create', { ...sampleTeamInput, name: 'Team A', functionTemplateKeys: ['access'] });
  const b = await store.call('teams.create', { ...sampleTeamInput, name: 'Team B', functionTemplateKeys: ['youth'] });
  const aMain = a.scenarios[0]!.id;
  const aFn = (await store.call('plan.get', { scenarioId: aMain })).plan.functions[0]!;
  const bFn = (await store.call('plan.get', { scenarioId: b.scenarios[0]!.id })).plan.functions[0]!;
  // Team A's function asks more hours than she has, so compose wants all she can give.
  await store.call('functions.update', { id: aFn.id, hoursRequired: 32 });
  await store.call('assignments.set', { functionId: aFn.id, professionalId: sanne.id, hours: 16 });
  await store.call('assignments.set', { functionId: bFn.id, professionalId: sanne.id, hours: 24 });
  return { sanne, aMain };
}

async function exportedFile(scenarioId: string): Promise<string> {
  const plan = await store.call('plan.export', { scenarioId, includePool: false });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'plan-file-')), 'team-a.json');
  writeFileSync(file, JSON.stringify(plan));
  return file;
}

describe('a team plan file carries the hours its people give to other teams', () => {
  it('the report counts them as the app does: over contract, and no free hours', async () => {
    const { sanne, aMain } = await sanneInTwoTeams();
    const view = await store.call('plan.get', { scenarioId: aMain });
    const board = computeCoverage(view.plan);
    const boardLoad = board.professionals.find((l) => l.id === sanne.id)!;
    expect(overAllocatedIds(board, view.hoursElsewhere)).toEqual([sanne.id]);
    expect(hoursInAllTeams(boardLoad, view.hoursElsewhere)).toBe(40);

    const file = await exportedFile(aMain);
    const parsed = parsePlanJson(readFileSync(file, 'utf8'));
    expect(parsed.ok && parsed.plan.hoursInOtherTeams).toEqual({ [sanne.id]: 24 });

    const json = await run('scripts/report.ts', file, '--json');
    expect(json.stderr).toBe('');
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(report.overAllocated).toEqual([sanne.id]);
    const load = report.professionals.find((l) => l.id === sanne.id)!;
    expect(load.hoursAllocated + (load.hoursInOtherTeams ?? 0)).toBe(hoursInAllTeams(boardLoad, view.hoursElsewhere));
    // She is nobody's free candidate: no gap suggestion offers her hours.
    for (const gap of report.suggestions)
      for (const c of gap.candidates) if (c.professionalId === sanne.id) expect(c.hoursAvailable).toBe(0);

    const text = await run('scripts/report.ts', file);
    expect(text.stdout).toContain('Sanne Mulder: 40 van 32 contracturen, waarvan 24 in andere teams');
    expect(text.stdout).not.toContain('Uren in andere teams staan niet in dit bestand');
  });

  it('compose never gives her more than her contract minus her 24 hours elsewhere, and --out keeps them', async () => {
    const { sanne, aMain } = await sanneInTwoTeams();
    const file = await exportedFile(aMain);
    const out = path.join(path.dirname(file), 'composed.json');
    const composed = await run('scripts/compose.ts', file, '--json', '--time-limit', '30', '--out', out);
    expect(composed.stderr).toBe('');
    const result = JSON.parse(composed.stdout) as { assignments: { professionalId: string; hours: number }[] };
    const hers = result.assignments.filter((a) => a.professionalId === sanne.id).reduce((sum, a) => sum + a.hours, 0);
    expect(hers).toBeLessThanOrEqual(32 - 24);

    const written = parsePlanJson(readFileSync(out, 'utf8'));
    expect(written.ok && written.plan.hoursInOtherTeams).toEqual({ [sanne.id]: 24 });
    const again = JSON.parse((await run('scripts/report.ts', out, '--json')).stdout) as JsonReport;
    expect(again.overAllocated).toEqual([]);
  });

  it('an older file without them still reads, and both commands say the figures may be too optimistic', async () => {
    const { aMain } = await sanneInTwoTeams();
    const file = await exportedFile(aMain);
    const { hoursInOtherTeams: _dropped, ...old } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify(old));
    const nl = await run('scripts/report.ts', file);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toContain('Let op: uren in andere teams staan niet in dit bestand.');
    const en = await run('scripts/compose.ts', file, '--lang', 'en', '--time-limit', '30');
    expect(en.stdout).toContain('Note: hours in other teams are not in this file.');
  });

  it('importing the file stores nothing of them: the app counts its own teams', async () => {
    const { sanne, aMain } = await sanneInTwoTeams();
    const plan = await store.call('plan.export', { scenarioId: aMain, includePool: false });
    // A snapshot that no longer holds: the file says 99 hours elsewhere.
    const result = await store.call('plan.import', {
      plan: { ...plan, hoursInOtherTeams: { [sanne.id]: 99 } },
      onConflict: 'replace',
    });
    if (result.status !== 'imported') throw new Error(result.status);
    const view = await store.call('plan.get', { scenarioId: result.scenarioId });
    expect(view.hoursElsewhere).toEqual({ [sanne.id]: 24 });
    expect(view.plan.hoursInOtherTeams).toBeUndefined();
  });
});
