import { randomInt } from 'node:crypto';
import path from 'node:path';

/**
 * One seed for everything random in a test file: fast-check properties (set globally by
 * tests/support/fastCheckSeed.ts) and the tests that pick random moments or values themselves.
 * The seed comes from WTP_SEED when set, else it is made up once per test file; a failing run
 * is replayed with `WTP_SEED=<n> npx vitest run <file>`.
 */

const root = path.resolve(import.meta.dirname, '../..');

/** The seed in WTP_SEED: a whole number from 0 to 2^31 - 1; anything else is a mistake, not "random". */
export function parseSeed(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (!/^\d+$/.test(text) || Number(text) > 0x7fffffff) {
    throw new Error(`WTP_SEED must be a whole number from 0 to ${0x7fffffff}, not "${value}"`);
  }
  return Number(text);
}

let chosen: number | undefined;

/** This test file's seed: WTP_SEED, or one made up on the first call (the same for every later call). */
export function runSeed(): number {
  chosen ??= parseSeed(process.env.WTP_SEED) ?? randomInt(0, 0x7fffffff);
  return chosen;
}

/**
 * The line a random test prints, e.g. `seed=42 (replay: WTP_SEED=42 npx vitest run
 * tests/reliability/fuzz.test.ts)`.
 */
export function seedLine(seed: number, file: string): string {
  const relative = path.isAbsolute(file) ? path.relative(root, file) : file;
  return `seed=${seed} (replay: WTP_SEED=${seed} npx vitest run ${relative.split(path.sep).join('/')})`;
}

/** mulberry32: a small, fast PRNG; the same seed gives the same numbers in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * For a test that is random itself: prints the seed line for `file` (pass import.meta.filename)
 * and returns the seed (for fast-check's `{ seed }`) and a PRNG to use instead of Math.random.
 */
export function seeded(file: string): { seed: number; random: () => number } {
  const seed = runSeed();
  console.log(seedLine(seed, file));
  return { seed, random: prng(seed) };
}
