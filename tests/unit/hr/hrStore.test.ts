import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiTransport } from '../../../shared/api/client.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import { fail } from '../../../shared/api/result.js';
import { ApiClient } from '../../../renderer/api/ApiClient.js';
import { HrStore } from '../../../renderer/hr/HrStore.js';
import { HR_FIRST_ROWS } from '../../../shared/hr/firstRows.js';
import { localToday } from '../../../shared/domain/today.js';
import { translator } from '../../../shared/i18n/translator.js';
import { message } from '../../../shared/i18n/message.js';
import { openTestStore, type TestStore } from '../../integration/db/helpers.js';

/**
 * The HR screen's store over a transport that dispatches to a real store (seeded with
 * Voorbeeldwijk), as the browser host does, or that fails.
 */
let store: TestStore | null = null;
afterEach(() => {
  store?.close();
  store = null;
});

function hrStoreWith(answer: 'store' | 'failure') {
  const calls: string[] = [];
  store = answer === 'store' ? openTestStore() : null;
  const handlers = store?.handlers;
  const transport = (async (method: string, input: unknown) => {
    calls.push(method);
    if (!handlers) return fail('storage', message('storage.busy'));
    return dispatch(handlers, method, input);
  }) as ApiTransport;
  const notes: string[] = [];
  const hr = new HrStore(
    new ApiClient(transport),
    (_kind, text) => notes.push(translator('nl').render(text)),
    () => new Date(2026, 10, 23, 23, 30),
  );
  return { hr, calls, notes };
}

/** Until the store's last question has been answered. */
async function settled(hr: HrStore): Promise<void> {
  for (let i = 0; i < 200 && hr.loading; i += 1) await new Promise((done) => setTimeout(done, 5));
}

describe('HrStore', () => {
  it('asks the store process for a summary in one call and judges dates by the local calendar day', async () => {
    const { hr, calls } = hrStoreWith('store');
    expect(hr.today).toBe('2026-11-23');
    expect(localToday(new Date(2026, 0, 5, 0, 10))).toBe('2026-01-05');
    await hr.load();
    // A first look: the matrix's first rows (the store has made nothing yet), then the whole.
    expect(calls).toEqual(['hr.summary', 'hr.summary']);
    expect(hr.summary!.firstRowsOf).toBeUndefined();
    expect(hr.summary!.rows.map((r) => r.teamName)).toEqual([
      'Wijkteam Voorbeeldwijk-Noord',
      'Wijkteam Voorbeeldwijk-Zuid',
      'Zorgteam Jeugd en Gezin Noord',
    ]);
    // The summary carries no explanations; they come per row.
    expect(Object.keys(hr.summary!.rows[0]!.cells[0]!).sort()).toEqual(['openRequirements', 'severity']);
  });

  it('a filter, the months or the variants toggle ask again, and the newest answer is what shows', async () => {
    const { hr, calls } = hrStoreWith('store');
    await hr.load();
    hr.setFilter({ model: 'A2' });
    hr.setAssessmentMonths(6);
    await settled(hr);
    // The first look's first rows and whole, then one question per change.
    expect(calls).toEqual(['hr.summary', 'hr.summary', 'hr.summary', 'hr.summary']);
    expect(hr.summary!.rows.map((r) => r.teamName)).toEqual(['Wijkteam Voorbeeldwijk-Zuid']);
    hr.setFilter({ model: '' });
    await settled(hr);
    expect(hr.summary!.rows).toHaveLength(3);
  });

  it('fetches the explanations of rows in view once, and again after a refresh', async () => {
    const { hr, calls } = hrStoreWith('store');
    await hr.load();
    const noord = hr.summary!.rows[0]!.scenarioId;
    await hr.requestCells([noord]);
    await hr.requestCells([noord]);
    expect(calls.filter((c) => c === 'hr.cells')).toHaveLength(1);
    const cells = hr.cells.get(noord)!;
    expect(cells.map((c) => c.severity)).toEqual(hr.summary!.rows[0]!.cells.map((c) => c.severity));
    expect(cells.some((c) => c.explanation.requirements.length > 0)).toBe(true);
    await hr.load();
    expect(hr.cells.size).toBe(0);
    await hr.requestCells([noord]);
    expect(calls.filter((c) => c === 'hr.cells')).toHaveLength(2);
  });

  it('"show all" asks for the whole list; the others keep their first rows and full counts', async () => {
    const { hr } = hrStoreWith('store');
    await hr.load();
    const totals = hr.summary!.totals;
    expect(totals.assessments).toBe(hr.summary!.assessments.length);
    hr.showAll('advice');
    await settled(hr);
    expect(hr.fullLists).toEqual(['advice']);
    expect(hr.summary!.advice).toHaveLength(totals.advice);
  });

  it('keeps the months within 1 to 240 whole months', () => {
    const { hr } = hrStoreWith('failure');
    for (const bad of [0, -3, 2.5, 241, Number.NaN]) hr.setAssessmentMonths(bad);
    expect(hr.assessmentMonths).toBe(24);
    hr.setAssessmentMonths(12);
    expect(hr.assessmentMonths).toBe(12);
  });

  it('shows the store message when reading fails, and keeps no stale overview', async () => {
    const { hr } = hrStoreWith('failure');
    await hr.load();
    await settled(hr);
    expect(hr.error && translator('nl').render(hr.error)).toBe(
      'De gegevens zijn even bezet door een ander programma. Er is niets gewijzigd. Probeer het zo opnieuw.',
    );
    expect(hr.summary).toBeNull();
    expect(hr.loading).toBe(false);
  });

  it("shows the matrix's first rows while the whole summary is on its way, then the whole", async () => {
    const s = openTestStore();
    store = s;
    let release = () => undefined as void;
    const held = new Promise<void>((done) => (release = done));
    const asked: unknown[] = [];
    const transport = (async (method: string, input: { firstRows?: number }) => {
      asked.push(input.firstRows);
      // The whole summary waits until the test has seen the first rows on screen.
      if (method === 'hr.summary' && input.firstRows === undefined) await held;
      return dispatch(s.handlers, method, input);
    }) as ApiTransport;
    const hr = new HrStore(new ApiClient(transport), () => undefined);
    const loading = hr.load();
    await vi.waitFor(() => expect(hr.summary).not.toBeNull());
    expect(hr.summary!.firstRowsOf).toBe(3);
    expect(hr.summary!.rows).toHaveLength(3);
    expect(hr.loading).toBe(true);
    const first = hr.summary!.rows;
    release();
    await loading;
    expect(asked).toEqual([HR_FIRST_ROWS, undefined]);
    expect(hr.summary!.firstRowsOf).toBeUndefined();
    expect(hr.summary!.rows).toEqual(first);
    expect(hr.summary!.totals.assessments).toBeGreaterThan(0);
    expect(hr.loading).toBe(false);
  });
});
