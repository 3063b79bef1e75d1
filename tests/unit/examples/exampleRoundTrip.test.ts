import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanJson } from '../../../shared/plan/parsePlan.js';
import { PLAN_FORMAT_VERSION } from '../../../shared/plan/planSchema.js';

const dir = path.resolve(import.meta.dirname, '../../../examples/plans');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('the example plans', () => {
  it.each(files)('%s is a current-version file that reads back exactly as it was written', (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const first = parsePlanJson(text);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(JSON.parse(text).version).toBe(PLAN_FORMAT_VERSION);
    // Written by the parser itself: every default is filled in, so writing again changes nothing.
    expect(`${JSON.stringify(first.plan, null, 2)}\n`).toBe(text);
  });
});
