import { performance } from 'node:perf_hooks';

/**
 * How far a store's HR warm-up got, for any copy of the code (this branch's or the old
 * code's `HrAnalysesStore`), in the bench's process or in a host's process of its own
 * (hrHostExtension.ts): wraps its `warmUpStep` once. No Playwright here, so a host process
 * loads only this.
 */
interface WarmUpProto {
  warmUpStep(...args: never[]): string;
}
interface WarmUpState {
  listeners: Set<() => void>;
  longest: number;
  /** Steps taken and whether one said 'done', since the last `warmUpSoFar` reset. */
  steps: number;
  done: boolean;
}
const hooked = new WeakMap<WarmUpProto, WarmUpState>();

function hook(proto: WarmUpProto) {
  let state = hooked.get(proto);
  if (state) return state;
  const created: WarmUpState = { listeners: new Set<() => void>(), longest: 0, steps: 0, done: false };
  const step = proto.warmUpStep;
  proto.warmUpStep = function (this: unknown, ...args: never[]) {
    const start = performance.now();
    const answer = step.apply(this, args);
    created.longest = Math.max(created.longest, performance.now() - start);
    created.steps += 1;
    if (answer === 'done') {
      created.done = true;
      for (const listener of created.listeners) listener();
    }
    return answer;
  };
  hooked.set(proto, created);
  state = created;
  return state;
}

/** Resolves when the next warm-up of `proto`'s stores is done: the time since `since` and its longest step. */
export function warmUpDone(proto: WarmUpProto, since: number): Promise<{ took: number; longestStep: number }> {
  const state = hook(proto);
  state.longest = 0;
  // The warm-up's first timer does not keep a process alive (a store opened by a command); the bench waits for it.
  const keepAlive = setInterval(() => undefined, 1000);
  return new Promise((resolve) => {
    const listener = () => {
      state.listeners.delete(listener);
      clearInterval(keepAlive);
      resolve({ took: performance.now() - since, longestStep: state.longest });
    };
    state.listeners.add(listener);
  });
}

/**
 * Watches the warm-up of `proto`'s stores from now on: how many steps it has taken so far
 * and whether it is done (to say how far it was when a visit began).
 */
export function warmUpSoFar(proto: WarmUpProto): () => { steps: number; done: boolean } {
  const state = hook(proto);
  state.steps = 0;
  state.done = false;
  return () => ({ steps: state.steps, done: state.done });
}
