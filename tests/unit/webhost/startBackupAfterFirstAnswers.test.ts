import { afterEach, describe, expect, it, vi } from 'vitest';
import { startupCalls } from '../../../renderer/app/startupCalls.js';
import type { ApiMethod } from '../../../shared/api/contract.js';
import { FIRST_READS, startBackupAfterFirstAnswers } from '../../../webhost/startBackupAfterFirstAnswers.js';
import { fakeHandlers } from './fakeHandlers.js';

const TIMING = { quietMs: 150, latestMs: 2000 };

/** The fake store: records, in order, what happened (handler calls and the backup's start and end). */
function setup() {
  const events: string[] = [];
  let finishBackup = () => {};
  const startBackup = vi.fn(() => {
    events.push('backup started');
    return new Promise<void>((resolve) => {
      finishBackup = () => {
        events.push('backup written');
        resolve();
      };
    });
  });
  const { handlers } = fakeHandlers(
    Object.fromEntries(
      (['plan.get', 'teams.list', 'backups.list', 'teams.update'] as ApiMethod[]).map((method) => [
        method,
        () => events.push(method),
      ]),
    ),
  );
  const host = startBackupAfterFirstAnswers(handlers, startBackup, TIMING);
  const call = (method: ApiMethod) => (host.handlers[method] as (input: unknown) => Promise<unknown>)({});
  return { events, startBackup, finish: () => finishBackup(), call, cancel: host.cancel };
}

afterEach(() => vi.useRealTimers());

describe('the browser host starts its start backup after the first answers', () => {
  it('answers the first reads first, and starts the backup once they have been quiet for a moment', async () => {
    vi.useFakeTimers();
    const host = setup();
    await Promise.all([host.call('plan.get'), host.call('teams.list')]);
    expect(host.events).toEqual(['plan.get', 'teams.list']);
    await vi.advanceTimersByTimeAsync(TIMING.quietMs - 1);
    expect(host.startBackup).not.toHaveBeenCalled();
    await host.call('teams.list');
    await vi.advanceTimersByTimeAsync(TIMING.quietMs - 1);
    expect(host.startBackup).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(host.startBackup).toHaveBeenCalledTimes(1);
    host.cancel();
  });

  it('lets any other call, a write or a list of backups, wait until the backup has been written', async () => {
    vi.useFakeTimers();
    const host = setup();
    await host.call('plan.get');
    const write = host.call('teams.update');
    const list = host.call('backups.list');
    await vi.advanceTimersByTimeAsync(0);
    expect(host.events).toEqual(['plan.get', 'backup started']);
    host.finish();
    await Promise.all([write, list]);
    expect(host.events).toEqual(['plan.get', 'backup started', 'backup written', 'teams.update', 'backups.list']);
    expect(host.startBackup).toHaveBeenCalledTimes(1);
  });

  it('starts the backup at the latest after latestMs, even when no page asks anything', async () => {
    vi.useFakeTimers();
    const host = setup();
    await vi.advanceTimersByTimeAsync(TIMING.latestMs - 1);
    expect(host.startBackup).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(host.startBackup).toHaveBeenCalledTimes(1);
    // Once started, nothing waits any more and nothing starts it again.
    host.finish();
    await host.call('teams.update');
    await vi.advanceTimersByTimeAsync(TIMING.latestMs);
    expect(host.startBackup).toHaveBeenCalledTimes(1);
  });

  it("waits for nothing the renderer's startup calls ask, and those are reads", () => {
    const methods = startupCalls('scenario').map((call) => call.method);
    for (const method of methods) expect(FIRST_READS.has(method)).toBe(true);
    for (const method of FIRST_READS) expect(method).toMatch(/\.(get|list|info)$/);
  });
});
