import { API_METHODS, type ApiHandlers, type ApiMethod } from '../../../shared/api/contract.js';
import { ApiFailure } from '../../../shared/api/result.js';
import { message } from '../../../shared/i18n/message.js';

/**
 * A stand-in for the store's handler map: every contract method records the parsed
 * input it was given and answers `{ echo: method }`, except those a test overrides.
 * Transport tests use it to see exactly what reached the trusted side.
 */
export interface FakeHandlers {
  handlers: ApiHandlers;
  calls: Array<{ method: ApiMethod; input: unknown }>;
}

export function fakeHandlers(overrides: Partial<Record<ApiMethod, (input: unknown) => unknown>> = {}): FakeHandlers {
  const calls: FakeHandlers['calls'] = [];
  const handlers = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      async (input: unknown) => {
        calls.push({ method, input });
        const override = overrides[method];
        return override ? override(input) : { echo: method };
      },
    ]),
  ) as unknown as ApiHandlers;
  return { handlers, calls };
}

export function notFoundFailure(): never {
  throw new ApiFailure('notFound', message('apiError.notFound', { thing: message('thing.team'), id: 'x' }));
}
