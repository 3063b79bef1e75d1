import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_METHODS, apiContract, type ApiMethod } from '../../shared/api/contract.js';
import { dispatch } from '../../shared/api/dispatch.js';
import { openTestStore, type TestStore } from '../integration/db/helpers.js';
import { seeded } from '../support/seed.js';
import { nl } from '../support/inLanguage.js';

/**
 * Every service method gets random and malformed payloads through `dispatch` - exactly what
 * a transport would hand it. The answer must always be a valid result (matching the
 * contract's output schema) or a typed error (validation, notFound, conflict); never an
 * internal error or a crash. A rejected call must leave the stored data unchanged.
 */

/** ~2,300 calls per run by default; FUZZ_RUNS=400 for a deeper search (~14,000 calls, ~1 minute). */
/** Printed at the start; WTP_SEED=<n> replays the same payloads. */
const { seed } = seeded(import.meta.filename);
const RUNS_PER_METHOD = Number(process.env.FUZZ_RUNS ?? 65);
let store: TestStore;
const known = {
  teamIds: [] as string[],
  scenarioIds: [] as string[],
  functionIds: [] as string[],
  professionalIds: [] as string[],
};

async function snapshot(): Promise<string> {
  const teams = await store.call('teams.list', {});
  const plans = [];
  for (const t of teams)
    for (const s of t.scenarios) plans.push(await store.call('plan.export', { scenarioId: s.id, includePool: false }));
  // exportedAt is the moment of the call, not stored data.
  return JSON.stringify([
    teams,
    plans.map(({ exportedAt: _at, ...plan }) => plan),
    await store.call('professionals.list', {}),
    await store.call('catalogue.get', {}),
  ]);
}

async function refreshKnownIds(): Promise<void> {
  const teams = await store.call('teams.list', {});
  known.teamIds = teams.map((t) => t.id);
  known.scenarioIds = teams.flatMap((t) => t.scenarios.map((s) => s.id));
  known.functionIds = [];
  for (const id of known.scenarioIds.slice(0, 3))
    known.functionIds.push(
      ...(await store.call('plan.export', { scenarioId: id, includePool: false })).functions.map((f) => f.id),
    );
  known.professionalIds = (await store.call('professionals.list', {})).map((p) => p.id);
}

const nasty = fc.constantFrom(
  "'; DROP TABLE professionals; --",
  'Robert"); DELETE FROM teams WHERE ("1"="1',
  '%_\\',
  '\u0000',
  'Zoë Ünal-Þórsdóttir 🧑‍⚕️',
  '\u202Eomgekeerd',
  ' ',
  '',
  'x'.repeat(100_000),
);
const anyId = fc.oneof(
  fc.constantFrom('__known_team__', '__known_scenario__', '__known_function__', '__known_professional__'),
  fc.uuid(),
  nasty,
  fc.string({ maxLength: 80 }),
);
const number = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double(),
  fc.constantFrom(-1, 0, 0.5, 4, 5, 60, 61, 1e308, Number.NaN, -0),
);
const scalar = fc.oneof(anyId, nasty, number, fc.boolean(), fc.constant(null), fc.constant(undefined));
const value = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 12 }), scalar, { maxKeys: 4 }),
);

/** Field names from the whole contract, so shaped payloads hit real code paths, not just schema checks. */
const FIELDS = [
  'id',
  'key',
  'name',
  'scenarioId',
  'functionId',
  'professionalId',
  'fromFunctionId',
  'toFunctionId',
  'hours',
  'level',
  'competency',
  'requirements',
  'ratings',
  'discipline',
  'binding',
  'contractHours',
  'expertise',
  'placement',
  'hoursRequired',
  'organisationType',
  'model',
  'positioning',
  'ageGroups',
  'design',
  'plan',
  'onConflict',
  'includePool',
  'format',
  'dataBase64',
  'fileName',
  'functionTemplateKeys',
  'area',
  'organisation',
  'assessedOn',
] as const;

/** A mostly valid payload with one field replaced by something random or hostile. */
function mutated(method: ApiMethod): fc.Arbitrary<unknown> {
  return fc
    .record({ field: fc.constantFrom(...FIELDS), v: value, base: validish(method) })
    .map(({ field, v, base }) => ({ ...(base as object), [field]: v }));
}

function validish(method: ApiMethod): fc.Arbitrary<unknown> {
  const idOf = (kind: keyof typeof known) =>
    fc.nat().map((n) => known[kind][n % Math.max(1, known[kind].length)] ?? 'none');
  const person = {
    name: fc.string({ minLength: 1, maxLength: 30 }),
    discipline: fc.constantFrom('socialWorker', 'youthWorker', 'nope'),
    binding: fc.constantFrom('functional', 'hierarchical'),
    contractHours: fc.integer({ min: -5, max: 70 }),
    ratings: fc.dictionary(fc.constantFrom('empathy', 'coaching', 'onbekend'), fc.integer({ min: -1, max: 5 }), {
      maxKeys: 3,
    }),
  };
  const requirement = fc.record({
    competency: fc.constantFrom('empathy', 'daring', 'bestaatniet'),
    level: fc.integer({ min: -1, max: 5 }),
    minPeople: fc.integer({ min: 0, max: 21 }),
  });
  switch (method) {
    case 'professionals.create':
      return fc.record(person);
    case 'professionals.update':
      return fc.record({ id: idOf('professionalIds'), ...person }, { requiredKeys: ['id'] });
    case 'professionals.setRating':
      return fc.record({
        professionalId: idOf('professionalIds'),
        competency: fc.constantFrom('empathy', 'xyz'),
        level: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constant(null)),
      });
    case 'assignments.set':
      return fc.record({
        functionId: idOf('functionIds'),
        professionalId: idOf('professionalIds'),
        hours: fc.double({ min: -10, max: 70, noNaN: true }),
      });
    case 'assignments.move':
      return fc.record({
        professionalId: idOf('professionalIds'),
        fromFunctionId: idOf('functionIds'),
        toFunctionId: idOf('functionIds'),
      });
    case 'functions.create':
      return fc.record({
        scenarioId: idOf('scenarioIds'),
        name: fc.string({ maxLength: 30 }),
        placement: fc.constantFrom('team', 'shell'),
        hoursRequired: fc.integer({ min: -1, max: 40 }),
        requirements: fc.array(requirement, { maxLength: 3 }),
      });
    case 'requirements.set':
      return fc.record({ functionId: idOf('functionIds'), requirements: fc.array(requirement, { maxLength: 4 }) });
    case 'scenarios.duplicate':
    case 'scenarios.rename':
      return fc.record({ scenarioId: idOf('scenarioIds'), name: fc.string({ maxLength: 20 }) });
    case 'plan.import':
      return fc.record({
        plan: fc.oneof(
          value,
          fc.record({
            format: fc.constant('wijkteam-plan'),
            version: fc.constant(1),
            team: value,
            functions: fc.array(value, { maxLength: 2 }),
            professionals: fc.array(value, { maxLength: 2 }),
            assignments: fc.constant([]),
          }),
          // A real exported plan with one place changed: reaches the referential checks and the import itself.
          fc
            .record({
              path: fc.array(fc.oneof(fc.nat({ max: 30 }), fc.constantFrom(...PLAN_KEYS)), {
                minLength: 1,
                maxLength: 4,
              }),
              v: value,
            })
            .map(({ path, v }) => withChange(exportedPlan, path, v)),
          fc.constant(exportedPlan),
        ),
        onConflict: fc.constantFrom('ask', 'replace', 'copy'),
      });
    case 'professionalsImport.preview':
    case 'professionalsImport.commit':
      return fc.record({
        fileName: fc.constant('x'),
        format: fc.constantFrom('csv', 'xlsx'),
        dataBase64: fc.oneof(
          fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('base64')),
          fc.string({ maxLength: 200 }).map((t) => Buffer.from(`naam;discipline;empathie\n${t}`).toString('base64')),
          nasty,
        ),
      });
    default:
      return fc.record({ id: idOf('teamIds'), scenarioId: idOf('scenarioIds'), key: fc.string({ maxLength: 20 }) });
  }
}

let exportedPlan: unknown = null;
const PLAN_KEYS = [
  'team',
  'functions',
  'professionals',
  'assignments',
  'competencies',
  'id',
  'name',
  'ratings',
  'hours',
  'functionId',
  'professionalId',
  'requirements',
  'competency',
  'level',
  'expertise',
  'discipline',
  'model',
  'design',
] as const;

/** A deep copy of `base` with the value at `path` replaced (missing steps are created). */
function withChange(base: unknown, path: readonly (string | number)[], v: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) {
    const next = node[step];
    if (next === null || typeof next !== 'object') node[step] = {};
    node = node[step] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]!] = v;
  return copy;
}

function resolveIds(payload: unknown): unknown {
  const text = JSON.stringify(payload ?? null, (_k, v: unknown) => {
    if (v === '__known_team__') return known.teamIds[0] ?? v;
    if (v === '__known_scenario__') return known.scenarioIds[0] ?? v;
    if (v === '__known_function__') return known.functionIds[0] ?? v;
    if (v === '__known_professional__') return known.professionalIds[0] ?? v;
    return v;
  });
  return payload === undefined ? undefined : JSON.parse(text);
}

/** Methods that never write: their success needs no new snapshot. */
const READS = new Set<ApiMethod>([
  'app.info',
  'catalogue.get',
  'teams.list',
  'professionals.list',
  'professionals.exportPersonalData',
  'plan.get',
  'plan.export',
  'professionalsImport.preview',
  'backups.list',
]);
const EXPENSIVE = new Set<ApiMethod>(['backups.create', 'backups.restore', 'sample.remove', 'teams.delete']);

// A fresh store (with the sample) per method: each method is fuzzed against realistic data,
// and what earlier methods created (dozens of scenario copies) does not slow the snapshots.
beforeEach(async () => {
  store = openTestStore();
  await refreshKnownIds();
  exportedPlan = await store.call('plan.export', { scenarioId: known.scenarioIds[0]!, includePool: false });
});
afterEach(async () => {
  await store.whenIdle();
  store.close();
});

describe('fuzzing every service method', () => {
  it.each(API_METHODS.map((m) => [m]))(
    '%s: typed answers only, and a rejected call changes nothing',
    async (method) => {
      let before = await snapshot();
      const runs = EXPENSIVE.has(method) ? 15 : RUNS_PER_METHOD;
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.anything(), validish(method), mutated(method)), async (raw) => {
          const payload = resolveIds(raw);
          const result = await dispatch(store.handlers, method, payload);
          if (result.ok) {
            const output = apiContract[method].output.safeParse(result.value);
            expect(output.success, `${method} answered something outside its contract`).toBe(true);
            if (!READS.has(method)) {
              before = await snapshot();
              await refreshKnownIds();
            }
          } else {
            expect(
              ['validation', 'notFound', 'conflict'],
              `${method}: ${result.error.code} ${nl(result.error.text)}`,
            ).toContain(result.error.code);
            expect(nl(result.error.text).length).toBeGreaterThan(0);
            expect(await snapshot(), `${method} changed data although it was rejected`).toBe(before);
          }
        }),
        { numRuns: runs, seed },
      );
      expect(store.logged.filter((l) => l.includes('constraint'))).toEqual([]);
    },
  );
});
