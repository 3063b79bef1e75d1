// The HiGHS worker: one WebAssembly HiGHS per worker thread holding one persistent
// model. `load` parses the LP text once; each `tier` message then changes the objective,
// adds the rows that hold earlier tiers, optionally fixes the integer columns, and runs
// from the given start. Re-using the model spares parsing the LP text once per tier.
// Plain JavaScript on purpose: a worker thread does not inherit tsx's TypeScript loader
// on Node 20, and this file only forwards to HiGHS; the tier loop lives in TypeScript
// (./solveComposition.ts). A run blocks this thread, so cancelling means terminating
// the worker from outside.
import { parentPort } from 'node:worker_threads';
import loadHighs from 'highs';

const highsPromise = loadHighs();

/** primal_solution_status 2 is HiGHS's "feasible point available". */
const SOLUTION_FEASIBLE = 2;

let session = null;

function load(highs, request) {
  if (session) session.model.dispose();
  const model = highs.createModel({ format: 'lp', data: request.lp });
  model.options.set({ output_flag: false });
  const count = model.getDimensions().numCols;
  const columnOf = new Map();
  for (let i = 0; i < count; i += 1) columnOf.set(model.getColName(i), i);
  // Column of each variable in the caller's order (HiGHS orders columns by first use).
  const order = request.names.map((name) => columnOf.get(name) ?? -1);
  session = { model, order, count };
  return { count };
}

function dense(values) {
  const { order, count } = session;
  const out = new Float64Array(count);
  values.forEach((value, i) => {
    if (order[i] >= 0) out[order[i]] = value;
  });
  return out;
}

function tier(request) {
  const started = performance.now();
  const { model, order, count } = session;
  model.changeObjectiveSense(request.sense === 'max' ? -1 : 1);
  model.changeColsCost({ kind: 'range', from: 0, to: count - 1 }, dense(request.costs));
  for (const row of request.holds) {
    model.addRow(row.lower, row.upper, { indices: row.terms.map((t) => order[t.v]), values: row.terms.map((t) => t.coef) });
  }
  if (request.fix) {
    for (const i of request.integers) model.changeColBounds(order[i], Math.round(request.fix[i]), Math.round(request.fix[i]));
  }
  model.options.set(request.options);
  // time_limit counts cumulative run time of this instance; each tier gets its own.
  model.zeroAllClocks();
  if (request.start) model.setSolution({ colValue: dense(request.start) });
  model.run();
  const status = model.getModelStatus();
  const hasSolution = Number(model.info.get('primal_solution_status')) === SOLUTION_FEASIBLE;
  let values = null;
  if (hasSolution) {
    const colValue = model.getSolution().colValue;
    values = order.map((column) => (column < 0 ? 0 : colValue[column]));
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
  };
}

parentPort.on('message', async (request) => {
  try {
    const highs = await highsPromise;
    const result = request.type === 'load' ? load(highs, request) : tier(request);
    parentPort.postMessage({ id: request.id, ok: true, result });
  } catch (error) {
    parentPort.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
