import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJsonReport } from '../../../shared/engine/index.js';
import { parsePlan, parsePlanJson } from '../../../shared/plan/parsePlan.js';
import { PLAN_FORMAT_VERSION } from '../../../shared/plan/planSchema.js';

/**
 * Version 1 plan files keep their meaning. The fixtures in tests/fixtures/v1/ are the
 * example plans as version 1 wrote them, with the reports the version 1 planner gave for
 * them (`npm run report -- <file> --json --today 2026-11-29`, recorded before format 2).
 * Everything the report measures must come out the same; only the advice may differ,
 * because its rules were corrected against the sources since.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/v1');
const NAMES = ['wijkteam-oost', 'sociaal-team-noord'];

/** The gaps a report's suggestions are for, without who is suggested. */
function gapsOf(suggestions: unknown): unknown[] {
  return (suggestions as { candidates: unknown }[]).map(({ candidates: _candidates, ...gap }) => gap);
}

function read(name: string, suffix: string): string {
  return readFileSync(path.join(FIXTURES, `${name}.${suffix}`), 'utf8');
}

describe('version 1 plan files', () => {
  for (const name of NAMES) {
    it(`${name}: reads as version ${PLAN_FORMAT_VERSION} and measures exactly what version 1 measured`, () => {
      const parsed = parsePlanJson(read(name, 'plan.json'));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const before = JSON.parse(read(name, 'report.json')) as Record<string, unknown>;
      const after = buildJsonReport(parsed.plan, { today: '2026-11-29' }) as unknown as Record<string, unknown>;
      // Advice and the suggestions are not measurements: their rules have grown since
      // version 1 (who has room for an assignment now ranks first, and best additions
      // book only people with room). The gaps the suggestions are for are measured.
      const { advice: _beforeAdvice, suggestions: beforeGaps, bestAdditions: _b, ...measuredBefore } = before;
      const { advice: _afterAdvice, suggestions: afterGaps, bestAdditions: _a, ...measuredAfter } = after;
      expect(measuredAfter).toEqual(measuredBefore);
      expect(gapsOf(afterGaps)).toEqual(gapsOf(beforeGaps));
    });
  }

  it('turns expertise into levels: a person brings it at level 2, a function asks it of the team', () => {
    const raw = JSON.parse(read('wijkteam-oost', 'plan.json')) as {
      functions: { expertise: string[] }[];
      professionals: { expertise: string[]; assessedOn: string | null }[];
    };
    const parsed = parsePlan(raw);
    if (!parsed.ok) throw new Error('fixture does not parse');
    const personIndex = raw.professionals.findIndex((p) => p.expertise.length > 0);
    const person = raw.professionals[personIndex]!;
    expect(parsed.plan.professionals[personIndex]!.expertise).toEqual(
      person.expertise.map((key) => ({ key, level: 2, assessedOn: person.assessedOn })),
    );
    const fnIndex = raw.functions.findIndex((f) => f.expertise.length > 0);
    expect(parsed.plan.functions[fnIndex]!.expertise).toEqual(
      raw.functions[fnIndex]!.expertise.map((expertise) => ({ expertise, level: 2, minPeople: 1, scope: 'team' })),
    );
  });

  it('gives an A2 team the question axis that defines A2, and every other model all questions', () => {
    const noord = parsePlanJson(read('sociaal-team-noord', 'plan.json'));
    const oost = parsePlanJson(read('wijkteam-oost', 'plan.json'));
    if (!noord.ok || !oost.ok) throw new Error('fixtures do not parse');
    expect(noord.plan.team.model).toBe('A2');
    expect(noord.plan.team.design.questions).toEqual({ reach: 'complex', arrival: 'referred', notes: '' });
    expect(oost.plan.team.design.questions).toEqual({ reach: 'all', arrival: 'direct', notes: '' });
  });

  it('round-trips: the upgraded plan, written as version 2 and read again, is the same plan', () => {
    for (const name of NAMES) {
      const first = parsePlanJson(read(name, 'plan.json'));
      if (!first.ok) throw new Error('fixture does not parse');
      expect(first.plan.version).toBe(2);
      const again = parsePlanJson(JSON.stringify(first.plan));
      expect(again).toEqual(first);
    }
  });

  it('names the exact place of a version 1 file that is wrong, after upgrading', () => {
    const raw = JSON.parse(read('wijkteam-oost', 'plan.json')) as { professionals: { expertise: unknown[] }[] };
    raw.professionals[0]!.expertise = ['nonsense'];
    const parsed = parsePlan(raw);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.path)).toEqual(['professionals[0].expertise[0].key']);
  });
});
