import { API_METHODS, type ApiHandlers } from '../../shared/api/contract.js';
import { ApiFailure } from '../../shared/api/result.js';
import { sqliteCode, storageFailure } from '../errors.js';
import { message } from '../../shared/i18n/message.js';

/**
 * Every handler goes through here: refused while the store is closed or a restore is
 * running, and SQLite errors become typed `storage` failures (disk full, read-only...)
 * instead of crashing the call. Since every write is one transaction, a failed call has
 * changed nothing.
 */
interface HandlerGuard {
  unavailable(): ApiFailure | null;
  log: (msg: string, err?: unknown) => void;
}

function translate(error: unknown, guard: HandlerGuard, method: string): unknown {
  if (error instanceof ApiFailure) return error;
  const storage = storageFailure(error);
  if (storage) {
    guard.log(`store: ${method} failed on storage`, error);
    return storage;
  }
  if (sqliteCode(error)?.startsWith('SQLITE_CONSTRAINT')) {
    // A check in the service should have caught this first; log it as the bug it is.
    guard.log(`store: ${method} hit a database constraint`, error);
    return new ApiFailure('conflict', message('apiError.constraint'));
  }
  return error;
}

export function wrapHandlers(handlers: ApiHandlers, guard: HandlerGuard): ApiHandlers {
  const wrapped: Record<string, (input: unknown) => unknown> = {};
  for (const method of API_METHODS) {
    const handler = handlers[method] as (input: unknown) => unknown;
    wrapped[method] = (input: unknown) => {
      const blocked = guard.unavailable();
      if (blocked) throw blocked;
      try {
        const result = handler(input);
        if (result instanceof Promise) {
          return result.catch((error: unknown) => {
            throw translate(error, guard, method);
          });
        }
        return result;
      } catch (error) {
        throw translate(error, guard, method);
      }
    };
  }
  return wrapped as unknown as ApiHandlers;
}
