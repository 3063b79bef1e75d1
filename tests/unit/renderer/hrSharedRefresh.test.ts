import { describe, expect, it } from 'vitest';
import type { ApiTransport } from '../../../shared/api/client.js';
import { message } from '../../../shared/i18n/message.js';
import { ApiClient } from '../../../renderer/api/ApiClient.js';
import { HrStore } from '../../../renderer/hr/HrStore.js';

const UNREACHABLE = message('sharedDb.pull.unreachable');
const PULLED_AT = '2026-11-30T09:00:00.000Z';

/** An HrStore over a fake host whose shared database answers while `up` is true. */
function hrStore() {
  const server = { up: true };
  const summary = { rows: [], areas: [] } as unknown;
  const transport = (async (method: string) => {
    if (method === 'shared.hrPull') {
      return server.up
        ? { ok: true, value: { pulledAt: PULLED_AT, teams: 2, unreadable: 0 } }
        : { ok: false, error: { code: 'conflict', text: UNREACHABLE } };
    }
    if (method === 'hr.summary') return { ok: true, value: summary };
    throw new Error(`unexpected ${method}`);
  }) as unknown as ApiTransport;
  const hr = new HrStore(
    new ApiClient(transport),
    () => undefined,
    () => new Date(PULLED_AT),
    async () => undefined,
    async () => undefined,
  );
  return { hr, server, summary };
}

describe("HR's shared source when the server goes away", () => {
  it('keeps the last good read on screen, with its own time, and says the server cannot be reached now', async () => {
    const { hr, server, summary } = hrStore();
    hr.setSource('shared');
    await hr.load();
    expect(hr.summary).toBe(summary);
    server.up = false;
    await hr.load();
    expect(hr.summary).toBe(summary);
    expect(hr.pulledAt).toBe(PULLED_AT);
    expect(hr.showingEarlierRead).toBe(true);
    expect(hr.error).toEqual(UNREACHABLE);
    expect(hr.loading).toBe(false);
    server.up = true;
    await hr.load();
    expect([hr.error, hr.showingEarlierRead]).toEqual([null, false]);
  });

  it('shows no overview (and no read time) when the shared database was never read', async () => {
    const { hr, server } = hrStore();
    await hr.load(); // this computer's teams
    server.up = false;
    hr.setSource('shared');
    await hr.load();
    expect(hr.summary).toBeNull();
    expect(hr.pulledAt).toBeNull();
    expect(hr.showingEarlierRead).toBe(false);
    expect(hr.error).toEqual(UNREACHABLE);
    expect(hr.loading).toBe(false);
  });
});
