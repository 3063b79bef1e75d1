import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../integration/db/helpers.js';

/**
 * `development.plan` and `development.export` on a real SQLite store through dispatch:
 * the sample's plan of three steps reads sensibly in Dutch, nothing is written to
 * ratings, and the XLSX holds the same steps.
 */
let store: TestStore | null = null;
afterEach(() => {
  store?.close();
  store = null;
});

const TODAY = '2026-11-29';

describe('the development plan through the store', () => {
  it("makes the sample Noord team's best three steps, proven, with the gaps each closes", async () => {
    store = openTestStore();
    const input = await store.call('hr.overview', {});
    const noord = input.scenarios.find((s) => s.plan.team.name === 'Wijkteam Voorbeeldwijk-Noord')!;
    const ratingsBefore = JSON.stringify((await store.call('hr.overview', {})).professionals);

    const plan = await store.call('development.plan', {
      scope: { kind: 'scenario', scenarioId: noord.scenarioId },
      k: 3,
      today: TODAY,
    });
    expect(plan.proof).toBe('optimal');
    expect(plan.steps).toHaveLength(3);
    expect(plan.score).toBeGreaterThanOrEqual(plan.greedyScore);
    // Each step is one level up for a member of a function it helps, named in words.
    for (const step of plan.steps) {
      expect(step.to).toBe(step.from + 1);
      expect(step.effects.length).toBeGreaterThan(0);
      for (const effect of step.effects) expect(step.functions).toContain(effect.functionName);
    }
    // Fatima El Amrani to empathy 3 gives Maatschappelijke dienstverlening its second person at level 3.
    expect(plan.steps).toContainEqual(
      expect.objectContaining({
        personName: 'Fatima El Amrani',
        key: 'empathy',
        effects: [
          expect.objectContaining({
            functionName: { nl: 'Maatschappelijke dienstverlening', en: 'Social services' },
            before: 'partial',
            after: 'covered',
          }),
        ],
      }),
    );
    // Advice only: the pool is exactly as it was.
    expect(JSON.stringify((await store.call('hr.overview', {})).professionals)).toBe(ratingsBefore);
  });

  it('plans over all teams at once and for one person (their page), keeping the rules', async () => {
    store = openTestStore();
    const all = await store.call('development.plan', {
      scope: { kind: 'allTeams' },
      k: 5,
      rules: { maxStepsPerPerson: 1, assessedWithinMonths: 24, excludedIds: ['voorbeeld-p16'], onlyPersonId: null },
      today: TODAY,
    });
    expect(all.teams).toBe(3);
    expect(all.steps.length).toBeGreaterThan(0);
    expect(all.steps.map((s) => s.personId)).not.toContain('voorbeeld-p16');
    expect(new Set(all.steps.map((s) => s.personId)).size).toBe(all.steps.length);

    const one = all.steps[0]!.personId;
    const mine = await store.call('development.plan', {
      scope: { kind: 'allTeams' },
      k: 3,
      rules: { maxStepsPerPerson: 3, assessedWithinMonths: null, excludedIds: [], onlyPersonId: one },
      today: TODAY,
    });
    expect(mine.steps.length).toBeGreaterThan(0);
    expect(mine.steps.every((s) => s.personId === one)).toBe(true);
  });

  it('refuses k outside 1-20', async () => {
    store = openTestStore();
    await store.fail('development.plan', { scope: { kind: 'allTeams' }, k: 21, today: TODAY });
  });

  it("names the exported file by the local calendar day, not UTC's: 00:30 in the Netherlands is still yesterday in UTC", async () => {
    const originalTz = process.env.TZ;
    process.env.TZ = 'Europe/Amsterdam';
    try {
      store = openTestStore({ now: () => new Date('2026-11-23T23:30:00Z') });
      const plan = await store.call('development.plan', { scope: { kind: 'allTeams' }, k: 1, today: TODAY });
      const file = await store.call('development.export', { plan, lang: 'nl' });
      expect(file.fileName).toBe('ontwikkelplan-2026-11-24.xlsx');
    } finally {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    }
  });

  it('exports the plan as XLSX in Dutch: the steps and the note that it is advice', async () => {
    store = openTestStore();
    const plan = await store.call('development.plan', { scope: { kind: 'allTeams' }, k: 3, today: TODAY });
    const file = await store.call('development.export', { plan, lang: 'nl' });
    expect(file.fileName).toMatch(/^ontwikkelplan-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const steps = workbook.getWorksheet('Ontwikkelplan')!;
    expect(steps.getRow(1).values).toEqual([
      undefined,
      'Medewerker',
      'Ontwikkelen',
      'Van niveau',
      'Naar niveau',
      'Werkt in',
      'Wat het sluit',
    ]);
    expect(steps.rowCount).toBe(plan.steps.length + 1);
    expect(steps.getCell(2, 1).value).toBe(plan.steps[0]!.personName);
    expect(String(steps.getCell(2, 6).value)).toMatch(/→ (gedekt|kwetsbaar)/);
    const notes = workbook.getWorksheet('Toelichting')!;
    const texts = notes.getColumn(1).values.map(String).join('\n');
    expect(texts).toContain('Dit plan is een advies');
  });
});
