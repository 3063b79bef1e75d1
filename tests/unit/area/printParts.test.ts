import { describe, expect, it } from 'vitest';
import { printParts } from '../../../renderer/area/printParts.js';

describe('printParts', () => {
  it('keeps a table that fits whole', () => {
    expect(printParts(10, 9)).toEqual([[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]);
    expect(printParts(1, 9)).toEqual([[0]]);
  });

  it("splits a column per team into even parts, each with the row's name first", () => {
    // Competencies of 18 teams: name, best in area, 18 teams, held by = 21 columns.
    const parts = printParts(21, 9);
    expect(parts).toHaveLength(3);
    for (const part of parts) {
      expect(part[0]).toBe(0);
      expect(part.length - 1).toBeLessThanOrEqual(9);
    }
    expect(parts.flatMap((p) => p.slice(1))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
