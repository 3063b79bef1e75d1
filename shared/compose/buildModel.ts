import type { ComposeInstance } from './instance.js';
import type { MipConstraint, MipModel, MipTier, MipVariable, Term } from './mip.js';
import type { ComposeLimits, ComposeObjective } from './options.js';

/**
 * The composition as a mixed-integer program (docs/compose.md, "The model").
 *
 * Variables, per allowed (person p, function f) pair: x[p,f] binary "p works in f",
 * h[p,f] hours; per person y[p] binary "p is in the team"; per requirement r: c[r]
 * binary "covered", z[r] integer 0..minPeople "qualified members counted up to
 * minPeople"; per function u[f] unfilled hours and o[f] hours above the requirement.
 * A requirement is a competency or vakkennis asked of the function's members (both over
 * x[p,f]); vakkennis asked of the whole team (scope `team`) gets its c and z after them,
 * counted over y[p] of the people who bring it at the level.
 *
 * Tiers, in priority order: coverage (max B*sum c + sum z with B = 1 + sum minPeople, so
 * one more covered requirement outweighs any progress on partial ones), unfilled hours
 * (min sum u), the chosen objective, assignments (min sum x) and finally an LP polish
 * that keeps hours from overshooting what functions ask (min sum o).
 */
export interface ModelLayout {
  /** Variable index of x[p][f], or -1 when the pair is not allowed. */
  x: number[][];
  h: number[][];
  y: number[];
  c: number[];
  z: number[];
  u: number[];
  o: number[];
  /** Number of instance people with at least one allowed pair able to reach a requirement. */
  eligible: number[];
}

interface BuiltModel {
  model: MipModel;
  layout: ModelLayout;
}

export function coverageWeight(instance: ComposeInstance): number {
  const people = (sum: number, r: { minPeople: number }) => sum + r.minPeople;
  return 1 + instance.requirements.reduce(people, 0) + instance.teamRequirements.reduce(people, 0);
}

export function buildModel(
  instance: ComposeInstance,
  objective: ComposeObjective,
  limits: ComposeLimits = {},
): BuiltModel {
  const variables: MipVariable[] = [];
  const constraints: MipConstraint[] = [];
  const add = (name: string, lower: number, upper: number, integer: boolean): number => {
    variables.push({ name, lower, upper, integer });
    return variables.length - 1;
  };
  const { people, functions, requirements, minHours } = instance;
  const lockedHours = new Map(instance.locked.map((s) => [s.person * functions.length + s.fn, s.hours]));

  const x: number[][] = people.map(() => functions.map(() => -1));
  const h: number[][] = people.map(() => functions.map(() => -1));
  people.forEach((person, p) => {
    functions.forEach((_, f) => {
      if (!instance.allowed[p]![f]) return;
      const locked = lockedHours.get(p * functions.length + f);
      if (locked !== undefined) {
        x[p]![f] = add(`x${p}_${f}`, 1, 1, true);
        h[p]![f] = add(`h${p}_${f}`, locked, locked, false);
      } else {
        // More hours than the function asks (or than the minimum) never help one pair:
        // cutting them back keeps every rule and every tier, so the cap is safe, and a
        // small cap makes the relaxation much tighter than the contract hours would.
        const cap = Math.min(person.available, Math.max(minHours, functions[f]!.hoursRequired));
        x[p]![f] = add(`x${p}_${f}`, 0, 1, true);
        h[p]![f] = add(`h${p}_${f}`, 0, cap, false);
        // minHours * x <= h <= cap * x: hours only with the assignment, and never too few.
        constraints.push({
          name: `hmin${p}_${f}`,
          terms: [
            { v: h[p]![f]!, coef: 1 },
            { v: x[p]![f]!, coef: -minHours },
          ],
          lower: 0,
          upper: Infinity,
        });
        constraints.push({
          name: `hmax${p}_${f}`,
          terms: [
            { v: h[p]![f]!, coef: 1 },
            { v: x[p]![f]!, coef: -cap },
          ],
          lower: -Infinity,
          upper: 0,
        });
      }
    });
  });
  const pairsOf = (p: number): number[] => functions.flatMap((_, f) => (x[p]![f]! >= 0 ? [f] : []));

  const y: number[] = people.map((_, p) => {
    const own = pairsOf(p);
    const anyLocked = own.some((f) => lockedHours.has(p * functions.length + f));
    const v = add(`y${p}`, anyLocked ? 1 : 0, own.length === 0 ? 0 : 1, true);
    // x <= y for each pair, and y <= sum x: y is exactly "has an assignment", so a limit on
    // team size or shares cannot be met by counting people who do nothing.
    for (const f of own)
      constraints.push({
        name: `link${p}_${f}`,
        terms: [
          { v: x[p]![f]!, coef: 1 },
          { v, coef: -1 },
        ],
        lower: -Infinity,
        upper: 0,
      });
    constraints.push({
      name: `used${p}`,
      terms: [{ v, coef: 1 }, ...own.map((f) => ({ v: x[p]![f]!, coef: -1 }))],
      lower: -Infinity,
      upper: 0,
    });
    // A person can hold at most available / minHours new assignments (a valid cut that
    // ties the pairs to y more tightly than x <= y alone).
    const lockedHere = own.filter((f) => lockedHours.has(p * functions.length + f)).length;
    const most = lockedHere + Math.floor(people[p]!.available / minHours + 1e-9);
    if (most < own.length) {
      constraints.push({
        name: `most${p}`,
        terms: [...own.map((f) => ({ v: x[p]![f]!, coef: 1 })), { v, coef: -most }],
        lower: -Infinity,
        upper: 0,
      });
    }
    if (own.length > 0) {
      // Contract hours, counting what the person already gives elsewhere; written as
      // sum h <= available * y, which also tells the LP relaxation that hours need a person.
      const cap = people[p]!.available + lockedOverflow(instance, p);
      constraints.push({
        name: `contract${p}`,
        terms: [...own.map((f) => ({ v: h[p]![f]!, coef: 1 })), { v, coef: -cap }],
        lower: -Infinity,
        upper: 0,
      });
    }
    return v;
  });

  const c: number[] = [];
  const z: number[] = [];
  const eligible: number[] = [];
  requirements.forEach((r, i) => {
    const qualifiedX = r.qualified.map((p) => x[p]![r.fn]!).filter((v) => v >= 0);
    eligible.push(qualifiedX.length);
    // A requirement too few people can reach is fixed uncovered: no search spent on it.
    c.push(add(`c${i}`, 0, qualifiedX.length >= r.minPeople ? 1 : 0, true));
    z.push(add(`z${i}`, 0, Math.min(r.minPeople, qualifiedX.length), true));
    const sum: Term[] = qualifiedX.map((v) => ({ v, coef: -1 }));
    constraints.push({
      name: `cover${i}`,
      terms: [{ v: c[i]!, coef: r.minPeople }, ...sum],
      lower: -Infinity,
      upper: 0,
    });
    constraints.push({ name: `progress${i}`, terms: [{ v: z[i]!, coef: 1 }, ...sum], lower: -Infinity, upper: 0 });
  });
  instance.teamRequirements.forEach((r, k) => {
    // Anyone in the team counts: a qualified person with at least one allowed pair can join.
    const reachable = r.qualified.filter((p) => pairsOf(p).length > 0).map((p) => y[p]!);
    eligible.push(reachable.length);
    const cv = add(`ct${k}`, 0, reachable.length >= r.minPeople ? 1 : 0, true);
    const zv = add(`zt${k}`, 0, Math.min(r.minPeople, reachable.length), true);
    c.push(cv);
    z.push(zv);
    const sum: Term[] = reachable.map((v) => ({ v, coef: -1 }));
    constraints.push({
      name: `teamcover${k}`,
      terms: [{ v: cv, coef: r.minPeople }, ...sum],
      lower: -Infinity,
      upper: 0,
    });
    constraints.push({ name: `teamprogress${k}`, terms: [{ v: zv, coef: 1 }, ...sum], lower: -Infinity, upper: 0 });
  });

  const u: number[] = [];
  const o: number[] = [];
  functions.forEach((fn, f) => {
    u.push(add(`u${f}`, 0, fn.hoursRequired, false));
    o.push(add(`o${f}`, 0, Infinity, false));
    const hours: Term[] = people.flatMap((_, p) => (h[p]![f]! >= 0 ? [{ v: h[p]![f]!, coef: 1 }] : []));
    // u >= required - assigned and o >= assigned - required.
    constraints.push({
      name: `unfilled${f}`,
      terms: [{ v: u[f]!, coef: 1 }, ...hours],
      lower: fn.hoursRequired,
      upper: Infinity,
    });
    constraints.push({
      name: `over${f}`,
      terms: [{ v: o[f]!, coef: 1 }, ...hours.map((t) => ({ v: t.v, coef: -1 }))],
      lower: -fn.hoursRequired,
      upper: Infinity,
    });
  });

  constraints.push(...limitConstraints(instance, limits, y));

  const allX: Term[] = x.flatMap((row) => row.filter((v) => v >= 0).map((v) => ({ v, coef: 1 })));
  const weight = coverageWeight(instance);
  const tiers: MipTier[] = [
    {
      name: 'coverage',
      sense: 'max',
      terms: [...c.map((v) => ({ v, coef: weight })), ...z.map((v) => ({ v, coef: 1 }))],
      integral: true,
      // sum z <= sum minPeople < weight, so the optimum fixes sum c and sum z each.
      holdParts: [c.map((v) => ({ v, coef: 1 })), z.map((v) => ({ v, coef: 1 }))],
      // Every requirement that enough people can reach covered, each counted to minPeople.
      bestPossible:
        c.reduce((sum, v) => sum + weight * variables[v]!.upper, 0) +
        z.reduce((sum, v) => sum + variables[v]!.upper, 0),
    },
    { name: 'unfilledHours', sense: 'min', terms: u.map((v) => ({ v, coef: 1 })), integral: false, bestPossible: 0 },
  ];
  if (objective === 'people') {
    tiers.push({ name: 'objective', sense: 'min', terms: y.map((v) => ({ v, coef: 1 })), integral: true });
  } else {
    tiers.push({
      name: 'objective',
      sense: 'min',
      terms: y.map((v, p) => ({ v, coef: people[p]!.contractHours })),
      integral: false,
    });
  }
  tiers.push({ name: 'assignments', sense: 'min', terms: allX, integral: true });
  tiers.push({
    name: 'hoursPolish',
    sense: 'min',
    terms: o.map((v) => ({ v, coef: 1 })),
    integral: false,
    fixIntegers: true,
  });

  // A person's pairs are 0 whenever the person is not in the team (x <= y, h <= cap * x).
  const groups = y.map((v, p) => ({
    switch: v,
    dependents: functions.flatMap((_, f) => (x[p]![f]! >= 0 ? [x[p]![f]!, h[p]![f]!] : [])),
  }));
  return { model: { variables, constraints, tiers, groups }, layout: { x, h, y, c, z, u, o, eligible } };
}

/**
 * Locked hours are kept as they are, even when they already exceed what the person has
 * free: the contract row then allows exactly the locked hours and nothing more, and the
 * plan's existing over-allocation is the team leader's to resolve, not a reason to fail.
 */
function lockedOverflow(instance: ComposeInstance, p: number): number {
  const locked = instance.locked.filter((s) => s.person === p).reduce((sum, s) => sum + s.hours, 0);
  return Math.max(0, locked - instance.people[p]!.available);
}

function limitConstraints(instance: ComposeInstance, limits: ComposeLimits, y: readonly number[]): MipConstraint[] {
  const out: MipConstraint[] = [];
  const all: Term[] = y.map((v) => ({ v, coef: 1 }));
  if (limits.maxTeamSize !== undefined)
    out.push({ name: 'teamsize', terms: all, lower: -Infinity, upper: limits.maxTeamSize });
  if (limits.maxOrganisationShare !== undefined) {
    const share = limits.maxOrganisationShare;
    const organisations = [...new Set(instance.people.map((p) => p.organisation).filter((o) => o !== ''))];
    organisations.forEach((org, k) => {
      // members of org <= share * members: linear as sum (own - share) * y <= 0.
      const terms = y
        .map((v, p) => ({ v, coef: (instance.people[p]!.organisation === org ? 1 : 0) - share }))
        .filter((t) => t.coef !== 0);
      out.push({ name: `share${k}`, terms, lower: -Infinity, upper: 0 });
    });
  }
  (limits.requiredDisciplines ?? []).forEach((discipline, k) => {
    const terms = y.flatMap((v, p) => (instance.people[p]!.discipline === discipline ? [{ v, coef: 1 }] : []));
    out.push({ name: `discipline${k}`, terms, lower: 1, upper: Infinity });
  });
  return out;
}
