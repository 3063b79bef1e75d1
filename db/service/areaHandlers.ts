import type { StoreContext } from '../context.js';
import { exportArea } from '../export/areaExport.js';
import { readHrInput } from '../export/readHrInput.js';
import type { HandlerSlice } from './handlerTypes.js';

/** The area view's export: every team's main scenario, read where the data is, as one workbook. */
export function areaHandlers(ctx: StoreContext): HandlerSlice<'area.export'> {
  return {
    'area.export': ({ area, lang }) => exportArea(readHrInput(ctx, false), area, lang, ctx.now()),
  };
}
