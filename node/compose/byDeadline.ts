/**
 * A search's answer, or null when it has not come `graceMs` after the composition's
 * deadline. HiGHS gets the time left as its own `time_limit`, but it checks its clock only
 * between steps of its work, and on a busy machine a worker may start or parse late: the
 * benches saw compositions end 1-3 s after a 10 s limit, and a race 5 s after. A user who
 * chose 10 s should not wait 13. On an overrun `stop()` ends the search (terminating its
 * workers, the only way to stop a HiGHS run from outside) and the caller answers with what
 * it already has: the incumbent from before this search and the bounds known so far, both
 * still valid, only possibly weaker than what the search would have found.
 *
 * `wrapUp` is the user's "Nu afronden": the same answer at once, whatever the clock says.
 */
export function byDeadline<T>(
  search: Promise<T>,
  deadline: number,
  graceMs: number,
  stop: () => void,
  wrapUp?: AbortSignal,
): Promise<T | null> {
  return new Promise((resolve, reject) => {
    let over = false;
    /** The first of answer, error, overrun or wrap-up decides; false for every later one. */
    const settle = (): boolean => {
      if (over) return false;
      over = true;
      clearTimeout(timer);
      wrapUp?.removeEventListener('abort', end);
      return true;
    };
    const end = (): void => {
      if (!settle()) return;
      // The stopped search rejects (its worker was terminated); that is the overrun itself.
      search.catch(() => undefined);
      stop();
      resolve(null);
    };
    const timer = setTimeout(end, Math.max(0, deadline + graceMs - performance.now()));
    if (wrapUp?.aborted) end();
    else wrapUp?.addEventListener('abort', end, { once: true });
    search.then(
      (answer) => {
        if (settle()) resolve(answer);
      },
      (error: unknown) => {
        if (settle()) reject(error);
      },
    );
  });
}
