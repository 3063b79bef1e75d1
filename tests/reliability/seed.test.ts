import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseSeed, prng, runSeed, seeded, seedLine } from '../support/seed.js';

/** The seed helper behind every random test: a printed seed must replay the same run. */

describe('the test seed', () => {
  it('comes from WTP_SEED as a whole number, and a wrong value is an error instead of a random seed', () => {
    expect(parseSeed(undefined)).toBeUndefined();
    expect(parseSeed('')).toBeUndefined();
    expect(parseSeed(' 42 ')).toBe(42);
    expect(parseSeed('0')).toBe(0);
    expect(parseSeed('2147483647')).toBe(2147483647);
    for (const wrong of ['-1', '1.5', 'abc', '2147483648', '0x10'])
      expect(() => parseSeed(wrong), wrong).toThrow(/WTP_SEED/);
  });

  it('gives the same numbers for the same seed, other numbers for another seed, all in [0, 1)', () => {
    const take = (seed: number) => {
      const random = prng(seed);
      return Array.from({ length: 200 }, () => random());
    };
    expect(take(1234)).toEqual(take(1234));
    expect(take(1234)).not.toEqual(take(1235));
    for (const x of take(7)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    // Not stuck in a corner: the mean of many draws is near one half.
    const many = take(99).concat(take(100), take(101));
    expect(many.reduce((a, b) => a + b, 0) / many.length).toBeCloseTo(0.5, 1);
  });

  it('is the same for the whole file, is printed with the replay command, and drives the PRNG it hands out', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const { seed, random } = seeded(import.meta.filename);
      expect(seed).toBe(runSeed());
      if (process.env.WTP_SEED) expect(seed).toBe(Number(process.env.WTP_SEED));
      expect(log).toHaveBeenCalledWith(
        `seed=${seed} (replay: WTP_SEED=${seed} npx vitest run tests/reliability/seed.test.ts)`,
      );
      const again = prng(seed);
      expect([random(), random(), random()]).toEqual([again(), again(), again()]);
    } finally {
      log.mockRestore();
    }
    expect(seedLine(5, 'tests/x.test.ts')).toBe('seed=5 (replay: WTP_SEED=5 npx vitest run tests/x.test.ts)');
  });

  it("is fast-check's global seed (set by the vitest setup file), so properties replay from it", () => {
    expect(fc.readConfigureGlobal().seed).toBe(runSeed());
    expect(fc.sample(fc.integer(), 20)).toEqual(fc.sample(fc.integer(), { seed: runSeed(), numRuns: 20 }));
  });
});
