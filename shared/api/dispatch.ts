import type { z } from 'zod';
import { formatIssues } from '../domain/formatIssues.js';
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
  const nl = formatIssues(error, 'nl');
  const en = formatIssues(error, 'en');
  const first = nl[0];
  const firstEn = en[0];
  return fail(
    'validation',
    first ? `Ongeldige invoer bij ${first.path}: ${first.message}.` : 'Ongeldige invoer.',
    firstEn ? `Invalid input at ${firstEn.path}: ${firstEn.message}.` : 'Invalid input.',
    nl,
  );
}

export interface DispatchOptions {
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
    return fail('validation', 'Onbekende opdracht.', 'Unknown method.');
  }
  const parsed = apiContract[method].input.safeParse(payload);
  if (!parsed.success) return validationFailure(parsed.error);
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return ok(value as ApiOutput<ApiMethod>);
  } catch (error) {
    if (error instanceof ApiFailure) return fail(error.code, error.message, error.messageEn, error.details);
    options.onInternalError?.(method, error);
    return fail(
      'internal',
      'Er ging iets onverwachts mis. Uw gegevens zijn niet gewijzigd. Probeer het opnieuw of start de planner opnieuw.',
      'Something unexpected went wrong. Your data was not changed. Try again or restart the planner.',
    );
  }
}
