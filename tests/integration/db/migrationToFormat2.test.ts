import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migration001 } from '../../../db/migrations/001-initial.js';
import { runMigrations } from '../../../db/migrations/index.js';
import { buildJsonReport } from '../../../shared/engine/index.js';
import { openTestStore, tempDir, type TestStore } from './helpers.js';

/**
 * A data file written by the planner before plan format 2 migrates with its meaning kept:
 * the same coverage, expertise and suggestions as the version 1 planner measured. The
 * version 1 file is made the way the old planner would have left it: the schema of step 1
 * only, its expertise columns holding plain lists of keys, filled by copying a store that
 * imported the version 1 example plan.
 */
const V1_PLAN = path.resolve(import.meta.dirname, '../../fixtures/v1/wijkteam-oost.plan.json');

const stores: TestStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

function open(dataDir?: string): TestStore {
  const store = openTestStore(dataDir ? { dataDir } : {});
  stores.push(store);
  return store;
}

/** Writes a schema-1 database into `dir`, holding what `source` holds, the way version 1 stored it. */
function writeVersion1File(sourceFile: string, dir: string): void {
  const db = new Database(path.join(dir, 'planner.sqlite'));
  runMigrations(db, [migration001]);
  db.exec(`ATTACH DATABASE '${sourceFile.replaceAll("'", "''")}' AS src`);
  db.exec(`
    INSERT INTO competencies SELECT * FROM src.competencies;
    INSERT INTO function_templates (key, built_in, name_nl, name_en, description_nl, description_en, default_placement,
      default_hours, expertise_json, position, created_at)
      SELECT key, built_in, name_nl, name_en, description_nl, description_en, default_placement, default_hours,
        expertise_json, position, created_at FROM src.function_templates;
    INSERT INTO template_requirements SELECT * FROM src.template_requirements;
    INSERT INTO teams (id, name, area, organisation_type, model, positioning, age_groups_json, breadth_scope,
      breadth_collective, breadth_notes, depth_mode, depth_notes, integration_mode, integration_notes, is_sample,
      created_at, updated_at)
      SELECT id, name, area, organisation_type, model, positioning, age_groups_json, breadth_scope, breadth_collective,
        breadth_notes, depth_mode, depth_notes, integration_mode, integration_notes, is_sample, created_at, updated_at
      FROM src.teams;
    INSERT INTO scenarios SELECT * FROM src.scenarios;
    INSERT INTO functions (id, scenario_id, template_key, name, placement, hours_required, expertise_json, position)
      SELECT id, scenario_id, template_key, name, placement, hours_required,
        (SELECT json_group_array(json_extract(value, '$.expertise')) FROM json_each(src.functions.expertise_json)),
        position FROM src.functions;
    INSERT INTO function_requirements SELECT * FROM src.function_requirements;
    INSERT INTO professionals (id, name, discipline, organisation, binding, contract_hours, expertise_json, assessed_on,
      is_sample, created_at, updated_at)
      SELECT id, name, discipline, organisation, binding, contract_hours,
        (SELECT json_group_array(json_extract(value, '$.key')) FROM json_each(src.professionals.expertise_json)),
        assessed_on, is_sample, created_at, updated_at FROM src.professionals;
    INSERT INTO ratings SELECT * FROM src.ratings;
    INSERT INTO assignments SELECT * FROM src.assignments;
  `);
  db.exec('DETACH DATABASE src');
  db.close();
}

describe('migrating a data file to plan format 2', () => {
  it('keeps what every team measures, and reads expertise as levels', async () => {
    const current = open();
    const imported = await current.call('plan.import', { plan: JSON.parse(readFileSync(V1_PLAN, 'utf8')) as unknown });
    if (imported.status !== 'imported') throw new Error('import did not happen');
    const expected = (await current.call('plan.get', { scenarioId: imported.scenarioId })).plan;
    current.close();
    stores.splice(stores.indexOf(current), 1);

    const dir = tempDir();
    writeVersion1File(path.join(current.dataDir, 'planner.sqlite'), dir);
    const check = new Database(path.join(dir, 'planner.sqlite'), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(1);
    check.close();

    const migrated = open(dir);
    const plan = (await migrated.call('plan.get', { scenarioId: imported.scenarioId })).plan;
    const { advice: _a, ...after } = buildJsonReport(plan, { today: '2026-11-29' });
    const { advice: _b, ...before } = buildJsonReport(expected, { today: '2026-11-29' });
    expect(after).toEqual(before);
    const withExpertise = plan.professionals.find((p) => p.expertise.length > 0)!;
    expect(withExpertise.expertise.every((e) => e.level === 2 && e.assessedOn === withExpertise.assessedOn)).toBe(true);
    const fnWithExpertise = plan.functions.find((f) => f.expertise.length > 0)!;
    expect(fnWithExpertise.expertise.every((e) => e.scope === 'team' && e.level === 2 && e.minPeople === 1)).toBe(true);
    expect(plan.team.design.questions).toEqual({ reach: 'all', arrival: 'direct', notes: '' });
    expect(plan.teamRoles.length).toBeGreaterThan(0);
  });
});
