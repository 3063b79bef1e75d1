import { tierValue, type MipConstraint, type MipTier } from './mip.js';

/**
 * Holds a solved tier at its optimum while the later tiers are optimised (lexicographic
 * solving, docs/compose.md "Lexicographic by sequential solves").
 *
 * An integral tier is held at its whole-number value itself, not half a unit beside it.
 * Both admit exactly the same integer points (the tier's value is a whole number at every
 * one of them, which is what `integral` promises), but the LP relaxations of the later
 * tiers differ a lot: with `sum y <= P* + 0.5` the relaxation of the assignment tier may
 * use half a person more than any team has, and with `sum c >= covered* - 0.5` half a
 * requirement less. On 200 x 12 pools (seeds 1-10) the exact hold raised that relaxation's
 * bound by 1.0-6.7 assignments (docs/compose.md, "Holding integral tiers exactly").
 *
 * The only slack left is the solver's round-off, `1e-6 * (1 + |value|)`, for integral and
 * continuous tiers alike, so an incumbent with values such as 0.9999999 still starts the
 * next tier. A slack only makes the hold weaker, never invalid.
 */
export function holdTier(tier: MipTier, values: ArrayLike<number>, k: number): MipConstraint[] {
  const parts = tier.holdParts ?? [tier.terms];
  return parts.map((terms, j) => {
    const value = tierValue({ ...tier, terms }, values);
    const held = tier.integral ? Math.round(value) : value;
    const slack = 1e-6 * (1 + Math.abs(held));
    return tier.sense === 'max'
      ? { name: `tier${k}_${j}`, terms, lower: held - slack, upper: Infinity }
      : { name: `tier${k}_${j}`, terms, lower: -Infinity, upper: held + slack };
  });
}
