import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanJson } from '../../../shared/plan/parsePlan.js';
import { en } from '../../support/inLanguage.js';

const exampleText = readFileSync(new URL('../../../examples/plans/wijkteam-oost.json', import.meta.url), 'utf8');

/** Every path into a JSON value, as property names and array indices. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object') {
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  }
  return [prefix];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

describe('parsePlan never crashes (property)', () => {
  it('answers any JSON value with a result, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parsePlan(value);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('answers any text with a result, never an exception', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parsePlanJson(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('names a place, in words, for every problem when any single field of a valid plan is replaced by junk', () => {
    const example: unknown = JSON.parse(exampleText);
    const allPaths = paths(example).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), fc.jsonValue(), (path, junk) => {
        const result = parsePlan(setAt(example, path, junk));
        if (result.ok) return; // the junk happened to be valid there (e.g. another name)
        for (const issue of result.issues) {
          // Without its format the file is no plan file at all: that is said of the file, not of a place in it.
          if (path[0] === 'format') expect(en(issue.text)).toBe('this is not a team plan file');
          // A version this planner cannot read is the file's, too: "version" tells a team leader nothing.
          else if (path[0] === 'version') expect(issue).toEqual({ path: '', text: issue.text });
          else {
            expect(issue.path.length).toBeGreaterThan(0);
            // ... and the place in words ("professional 4 (Sanne Mulder)"), not only a path of the file.
            expect(issue.place && en(issue.place).length).toBeGreaterThan(0);
          }
          expect(en(issue.text).length).toBeGreaterThan(0);
          expect(en(issue.text)).not.toMatch(/\bat \S+:\d+|Error:/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
