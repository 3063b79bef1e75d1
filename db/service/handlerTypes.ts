import type { ApiHandlers, ApiMethod } from '../../shared/api/contract.js';

/** A slice of the handler map: each domain file implements the methods of its domain. */
export type HandlerSlice<M extends ApiMethod> = Pick<ApiHandlers, M>;
