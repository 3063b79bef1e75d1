import type { MipConstraint, MipModel, MipObjective } from './mip.js';

/**
 * A model as the arrays HiGHS takes directly (its `ModelData`: bounds, costs and the rows
 * as a sparse matrix), instead of LP text that the main thread writes and HiGHS's reader
 * parses again for every step: on 200 x 12 each step spent 10-100 ms writing and 80-350 ms
 * reading the text (docs/compose.md, "Sixth round: where the median goes"). Same rows,
 * bounds and integrality as `writeLp` (./lpFormat.ts) writes, columns in the model's own
 * order, so the start and the answer need no lookup by name. Typed arrays, so they cross
 * into the worker thread without being copied element by element.
 */
export interface ModelArrays {
  sense: 'max' | 'min';
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** Rows packed one after the other (compressed sparse rows). */
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  /** 1 for an integer column, 0 for a continuous one. */
  integrality: Int32Array;
}

/**
 * `extra` rows follow the model's own (the held tiers); `fixed` fixes every integer column
 * at its rounded value and makes it continuous (the hours polish), as writeLp does.
 */
export function modelArrays(
  model: MipModel,
  objective: MipObjective,
  extra: readonly MipConstraint[] = [],
  fixed?: ArrayLike<number>,
): ModelArrays {
  const numCols = model.variables.length;
  const rows = extra.length === 0 ? model.constraints : [...model.constraints, ...extra];
  const colCost = new Float64Array(numCols);
  // A term listed twice adds up, as it does in LP text.
  for (const t of objective.terms) colCost[t.v] = colCost[t.v]! + t.coef;
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols);
  const integrality = new Int32Array(numCols);
  model.variables.forEach((v, i) => {
    if (fixed !== undefined && v.integer) {
      colLower[i] = colUpper[i] = Math.round(fixed[i]!);
    } else {
      colLower[i] = v.lower;
      colUpper[i] = v.upper;
      integrality[i] = v.integer ? 1 : 0;
    }
  });
  const rowLower = new Float64Array(rows.length);
  const rowUpper = new Float64Array(rows.length);
  const starts = new Int32Array(rows.length + 1);
  let entries = 0;
  for (const c of rows) entries += c.terms.length;
  const indices = new Int32Array(entries);
  const values = new Float64Array(entries);
  let k = 0;
  rows.forEach((c, r) => {
    rowLower[r] = c.lower;
    rowUpper[r] = c.upper;
    // HiGHS refuses a column twice in one row: merge repeats (LP text adds them up too).
    const merged = new Map<number, number>();
    for (const t of c.terms) merged.set(t.v, (merged.get(t.v) ?? 0) + t.coef);
    for (const [v, coef] of merged) {
      indices[k] = v;
      values[k] = coef;
      k += 1;
    }
    starts[r + 1] = k;
  });
  return {
    sense: objective.sense,
    numCols,
    numRows: rows.length,
    colCost,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    starts,
    indices: indices.subarray(0, k),
    values: values.subarray(0, k),
    integrality,
  };
}
