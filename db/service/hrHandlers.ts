import type { StoreContext } from '../context.js';
import { HrAnalysesStore } from '../export/hrAnalyses.js';
import { writeHrExport } from '../export/hrExport.js';
import { HrExportJobs } from '../export/hrExportJobs.js';
import { localHrSource, readHrInput } from '../export/readHrInput.js';
import type { SharedHrSnapshot } from '../shared/sharedHrSnapshot.js';
import type { HandlerSlice } from './handlerTypes.js';

type HrMethod = 'hr.overview' | 'hr.summary' | 'hr.cells' | 'hr.export' | 'hr.exportStart' | 'hr.exportPoll';

/**
 * HR across all teams. The screen asks for a summary computed here (the analyses kept
 * between calls until the next write), the explanations of the rows in view, and exports
 * written as jobs it polls for progress; `hr.overview` still hands over the raw data in
 * one call (the area view and the tests compute from it).
 */
export function hrHandlers(
  ctx: StoreContext,
  sharedHr: SharedHrSnapshot,
  /** The local file's analyses; the store passes its own so it can make them ahead in idle time (hrWarmUp.ts). */
  localHr: HrAnalysesStore = new HrAnalysesStore(localHrSource(ctx)),
): HandlerSlice<HrMethod> {
  const sources = {
    local: localHr,
    shared: new HrAnalysesStore(sharedHr.source()),
  };
  const data = (source: 'local' | 'shared') => sources[source];
  const jobs = new HrExportJobs();
  return {
    'hr.overview': ({ includeScenarios }) => readHrInput(ctx, includeScenarios),
    // A first visit asks for the matrix's first rows, then the whole (see HrAnalysesStore).
    'hr.summary': ({ firstRows, ...request }) =>
      firstRows === undefined
        ? data(request.source).summaryWhenReady(request)
        : data(request.source).firstRows({ ...request, firstRows }),
    'hr.cells': ({ scenarioIds, source }) => data(source).cells(scenarioIds),
    'hr.export': (request) => writeHrExport(data(request.source).get(), request, ctx.now()),
    'hr.exportStart': (request) => {
      const source = data(request.source).get();
      return { jobId: jobs.start((progress) => writeHrExport(source, request, ctx.now(), progress)) };
    },
    'hr.exportPoll': ({ jobId }) => jobs.poll(jobId),
  };
}
