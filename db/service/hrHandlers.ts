import type { StoreContext } from '../context.js';
import { exportHr } from '../export/hrExport.js';
import { readHrInput } from '../export/readHrInput.js';
import type { HandlerSlice } from './handlerTypes.js';

type HrMethod = 'hr.overview' | 'hr.export';

/** HR across all teams: the data in one call, and the overview's lists as XLSX/CSV. */
export function hrHandlers(ctx: StoreContext): HandlerSlice<HrMethod> {
  return {
    'hr.overview': ({ includeScenarios }) => readHrInput(ctx, includeScenarios),
    'hr.export': (request) => exportHr(readHrInput(ctx, request.includeScenarios), request, ctx.now()),
  };
}
