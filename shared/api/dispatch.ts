import type { z } from 'zod';
import { formatIssues } from '../domain/formatIssues.js';
import { message } from '../i18n/message.js';
import { API_METHODS, apiContract, type ApiHandlers, type ApiMethod, type ApiOutput } from './contract.js';
import { ApiFailure, fail, ok, type Result } from './result.js';

/**
 * The one place where an untrusted call becomes a trusted one: the method name is
 * checked against the contract, the payload parsed from `unknown` with the method's
 * schema, and every outcome - success, typed failure or an unexpected throw - comes
 * back as a Result. Electron IPC and the browser host both call this.
 */

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as string[]).includes(name);
}

export function validationFailure(error: z.ZodError): Result<never> {
  const issues = formatIssues(error);
  const first = issues[0];
  return fail(
    'validation',
    first
      ? message('validation.invalidInputAt', { path: first.path, text: first.text })
      : message('validation.invalidInput'),
    issues,
  );
}

interface DispatchOptions {
  /** Called with unexpected errors (bugs), so the host can log them; never shown raw to the user. */
  onInternalError?: (method: string, error: unknown) => void;
}

export async function dispatch(
  handlers: ApiHandlers,
  method: unknown,
  payload: unknown,
  options: DispatchOptions = {},
): Promise<Result<ApiOutput<ApiMethod>>> {
  if (!isApiMethod(method)) {
    return fail('validation', message('apiError.unknownMethod'));
  }
  const parsed = apiContract[method].input.safeParse(payload);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return ok(value as ApiOutput<ApiMethod>);
  } catch (error) {
    if (error instanceof ApiFailure) return fail(error.code, error.text, error.details);
    options.onInternalError?.(method, error);
    return fail('internal', message('apiError.internal'));
  }
}
