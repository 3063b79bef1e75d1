import { observable, runInAction } from 'mobx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenBoardCanShow } from '../../../renderer/app/whenBoardCanShow.js';

afterEach(() => vi.useRealTimers());

describe('the app mounts when the board can show', () => {
  it('mounts as soon as the data is there, once', async () => {
    vi.useFakeTimers();
    const state = observable({ ready: false });
    const mount = vi.fn();
    whenBoardCanShow(() => state.ready, mount);
    await vi.advanceTimersByTimeAsync(100);
    expect(mount).not.toHaveBeenCalled();
    runInAction(() => (state.ready = true));
    expect(mount).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(mount).toHaveBeenCalledTimes(1);
  });

  it('mounts at once when the data was already there', () => {
    const mount = vi.fn();
    whenBoardCanShow(() => true, mount);
    expect(mount).toHaveBeenCalledTimes(1);
  });

  it('shows the loading line after a moment when the answers are slow, and mounts only that once', async () => {
    vi.useFakeTimers();
    const state = observable({ ready: false });
    const mount = vi.fn();
    whenBoardCanShow(() => state.ready, mount);
    await vi.advanceTimersByTimeAsync(250);
    expect(mount).toHaveBeenCalledTimes(1);
    runInAction(() => (state.ready = true));
    expect(mount).toHaveBeenCalledTimes(1);
  });
});
