import { API_METHODS, type ApiHandlers, type ApiMethod } from '../shared/api/contract.js';

/**
 * The reads a page makes before its first board (renderer/app/startupCalls.ts): they are
 * answered before the start backup begins. Reads only, so the backup still holds the file
 * as it was opened.
 */
export const FIRST_READS: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'app.info',
  'catalogue.get',
  'teams.list',
  'professionals.list',
  'plan.get',
]);

interface Timing {
  /** The start backup begins when no first read has been running for this long... */
  quietMs: number;
  /** ...or this long after the host started, whichever comes first. */
  latestMs: number;
}

/**
 * A second of quiet: the page renders its board right after the last first read, and on a
 * machine with two cores the backup's copying and checking would compete with that render.
 */
const START_BACKUP_TIMING: Timing = { quietMs: 1000, latestMs: 5000 };

/**
 * The browser host's start backup, moved behind the page's first answers. Taken while the
 * store opened, its synchronous part (copying, checking and syncing the copy: about 40 ms for
 * the bench's 500-person file) held up the very first request, the HTML page, and with it
 * the whole cold start. Now it starts once the first reads have been answered and the host
 * has been quiet for a second (the page draws its board meanwhile), at the latest after
 * `latestMs`; any other call (every write among them) first waits for it, so the backup is
 * still of the file as opened and a list of backups always includes it. The store is opened
 * with `deferStartBackup`.
 * Returns the handlers to serve and `cancel` for the host's close (which then takes the
 * backup itself if it has not started, so every start still makes one).
 */
export function startBackupAfterFirstAnswers(
  handlers: ApiHandlers,
  startBackup: () => Promise<void>,
  timing: Timing = START_BACKUP_TIMING,
): { handlers: ApiHandlers; cancel(): void } {
  /** The start backup, once begun; resolves when it has been written. */
  let backup: Promise<void> | null = null;
  let running = 0;
  let quiet: ReturnType<typeof setTimeout> | null = null;
  const begin = (): Promise<void> => {
    if (!backup) {
      cancel();
      backup = startBackup();
    }
    return backup;
  };
  const cancel = () => {
    if (quiet) clearTimeout(quiet);
    quiet = null;
    clearTimeout(latest);
  };
  const latest = setTimeout(() => void begin(), timing.latestMs);
  latest.unref();

  const wrapped: Record<string, (input: unknown) => unknown> = {};
  for (const method of API_METHODS) {
    const handler = handlers[method] as (input: unknown) => unknown;
    if (!FIRST_READS.has(method)) {
      wrapped[method] = async (input: unknown) => {
        await begin();
        return handler(input);
      };
      continue;
    }
    wrapped[method] = async (input: unknown) => {
      if (backup) return handler(input);
      running += 1;
      if (quiet) clearTimeout(quiet);
      quiet = null;
      try {
        return await handler(input);
      } finally {
        running -= 1;
        if (running === 0 && !backup) {
          quiet = setTimeout(() => void begin(), timing.quietMs);
          quiet.unref();
        }
      }
    };
  }
  return { handlers: wrapped as unknown as ApiHandlers, cancel };
}
