import type { MipConstraint, MipModel, MipObjective, Term } from './mip.js';

/**
 * Writes a model in CPLEX LP format, the text HiGHS (and most solvers) read. One
 * objective at a time: the runner writes the model once per tier, with the earlier
 * tiers held by `extra` constraints. Numbers are written in full precision; names are
 * the model's own (letters, digits and underscores only, see buildModel).
 */
function num(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(17).replace(/\.?0+$/, '');
}

function expression(terms: readonly Term[], names: readonly string[]): string {
  if (terms.length === 0) return '0 ' + names[0];
  const parts: string[] = [];
  terms.forEach((t, i) => {
    const sign = t.coef < 0 ? '-' : i === 0 ? '' : '+';
    const size = Math.abs(t.coef);
    parts.push(`${sign}${sign ? ' ' : ''}${size === 1 ? '' : num(size) + ' '}${names[t.v]}`);
  });
  // LP readers limit line length; break long sums over several lines.
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 8) lines.push(parts.slice(i, i + 8).join(' '));
  return lines.join('\n   ');
}

function constraintLines(c: MipConstraint, names: readonly string[]): string[] {
  const body = expression(c.terms, names);
  if (c.lower === c.upper) return [` ${c.name}: ${body} = ${num(c.lower)}`];
  const lines: string[] = [];
  if (Number.isFinite(c.lower)) lines.push(` ${c.name}_lo: ${body} >= ${num(c.lower)}`);
  if (Number.isFinite(c.upper))
    lines.push(` ${c.name}${Number.isFinite(c.lower) ? '_up' : ''}: ${body} <= ${num(c.upper)}`);
  return lines;
}

export function writeLp(
  model: MipModel,
  objective: MipObjective,
  extra: readonly MipConstraint[] = [],
  fixed?: ArrayLike<number>,
): string {
  const names = model.variables.map((v) => v.name);
  const out: string[] = [
    objective.sense === 'max' ? 'Maximize' : 'Minimize',
    ` obj: ${expression(objective.terms, names)}`,
    'st',
  ];
  for (const c of [...model.constraints, ...extra]) out.push(...constraintLines(c, names));
  out.push('Bounds');
  model.variables.forEach((v, i) => {
    if (fixed !== undefined && v.integer) {
      out.push(` ${v.name} = ${num(Math.round(fixed[i]!))}`);
    } else if (v.lower === v.upper) {
      out.push(` ${v.name} = ${num(v.lower)}`);
    } else {
      out.push(` ${num(v.lower)} <= ${v.name} <= ${num(v.upper)}`);
    }
  });
  const integers = model.variables.filter((v) => v.integer && fixed === undefined).map((v) => v.name);
  if (integers.length > 0) {
    out.push('Generals');
    for (let i = 0; i < integers.length; i += 10) out.push(' ' + integers.slice(i, i + 10).join(' '));
  }
  out.push('End', '');
  return out.join('\n');
}
