import type { ApiInput, ApiMethod, ApiOutput } from './contract.js';
import type { Result } from './result.js';

/**
 * How the renderer calls the store, whatever the transport. The Electron preload and
 * the browser host's fetch client both provide this one function.
 */
export type ApiTransport = <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<Result<ApiOutput<M>>>;
