// The HiGHS worker: one WebAssembly HiGHS per worker thread, solving one LP-format
// model per message. Plain JavaScript on purpose: a worker thread does not inherit
// tsx's TypeScript loader on Node 20, and this file only forwards to HiGHS. The
// lexicographic loop around it lives in TypeScript (./solveComposition.ts). A solve
// blocks this thread, so cancelling means terminating the worker from outside.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import loadHighs from 'highs';

// Bundled for the desktop app (out/electron/highsWorker.cjs), the worker finds its
// highs.wasm beside itself; run from source, in node_modules.
const bundleDir = typeof __dirname === 'string' ? __dirname : null;

function wasmFile() {
  return bundleDir ? path.join(bundleDir, 'highs.wasm') : fileURLToPath(import.meta.resolve('highs/runtime'));
}

// The compiled WebAssembly module is shared between the process's workers (the client
// passes the first worker's module to the next ones): V8 then shares the machine code it
// optimised while solving, instead of every worker starting again from quickly compiled,
// slow code. Measured: a first solve in a fresh worker took about 2 s of CPU, the same
// solve in a worker with the shared module about 0.35 s (docs/compose.md).
const modulePromise = workerData?.wasmModule
  ? Promise.resolve(workerData.wasmModule)
  : WebAssembly.compile(readFileSync(wasmFile()));
const highsPromise = modulePromise.then((wasmModule) => loadHighs({ wasmModule }));

/** primal_solution_status 2 is HiGHS's "feasible point available". */
const SOLUTION_FEASIBLE = 2;

/** HiGHS's own infinity for a missing bound (the arrays carry JavaScript's). */
function finite(highs, values) {
  return values.map((v) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v));
}

/** The model arrays of shared/compose/modelArrays.ts as HiGHS's ModelData: no text to parse. */
function fromArrays(highs, m) {
  return highs.createModel({
    numCols: m.numCols,
    numRows: m.numRows,
    sense: m.sense === 'max' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    colCost: m.colCost,
    colLower: finite(highs, m.colLower),
    colUpper: finite(highs, m.colUpper),
    rowLower: finite(highs, m.rowLower),
    rowUpper: finite(highs, m.rowUpper),
    matrix: {
      format: 'csr',
      numRows: m.numRows,
      numCols: m.numCols,
      starts: m.starts,
      indices: m.indices,
      values: m.values,
    },
    integrality: m.integrality,
  });
}

function solve(highs, request) {
  const started = performance.now();
  const model = request.model
    ? fromArrays(highs, request.model)
    : highs.createModel({ format: 'lp', data: request.lp });
  try {
    model.options.set({ output_flag: false, ...request.options });
    const count = model.getDimensions().numCols;
    // From arrays the columns are the model's own order; LP text orders them as it reads them.
    const columnOf = new Map();
    if (request.model) request.names.forEach((name, i) => columnOf.set(name, i));
    else for (let i = 0; i < count; i += 1) columnOf.set(model.getColName(i), i);
    if (request.start) {
      const colValue = new Float64Array(count);
      request.names.forEach((name, i) => {
        const column = columnOf.get(name);
        if (column !== undefined) colValue[column] = request.start[i];
      });
      model.setSolution({ colValue });
    }
    const parsedMs = performance.now() - started;
    model.run();
    const status = model.getModelStatus();
    const hasSolution = Number(model.info.get('primal_solution_status')) === SOLUTION_FEASIBLE;
    let values = null;
    if (hasSolution) {
      const colValue = model.getSolution().colValue;
      values = request.names.map((name) => {
        const column = columnOf.get(name);
        return column === undefined ? 0 : colValue[column];
      });
    }
    const info = (name) => {
      try {
        return Number(model.info.get(name));
      } catch {
        return null;
      }
    };
    return {
      status,
      hasSolution,
      objective: hasSolution ? model.getObjectiveValue() : null,
      dualBound: info('mip_dual_bound'),
      gap: info('mip_gap'),
      values,
      elapsedMs: performance.now() - started,
      parsedMs,
    };
  } finally {
    model.dispose();
  }
}

parentPort.on('message', async (request) => {
  try {
    const highs = await highsPromise;
    const result = solve(highs, request);
    // Asked for once per process by the client, which keeps it for the next workers.
    const wasmModule = request.wantModule ? await modulePromise : undefined;
    parentPort.postMessage({ id: request.id, ok: true, result, wasmModule });
  } catch (error) {
    parentPort.postMessage({
      id: request.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
