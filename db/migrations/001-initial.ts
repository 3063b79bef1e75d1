import type { Migration } from './types.js';

/**
 * The first schema: everything the planner stores. STRICT tables so SQLite refuses a
 * value of the wrong type instead of storing it silently; CHECK constraints repeat the
 * domain's limits as a last line of defence behind the zod schemas; foreign keys with
 * ON DELETE CASCADE make "forget this person" remove their ratings and assignments.
 * Lists that are only ever read and written whole (age groups, expertise keys) are JSON
 * text; everything that is referenced or queried has its own table.
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE competencies (
        key TEXT PRIMARY KEY,
        built_in INTEGER NOT NULL CHECK (built_in IN (0, 1)),
        name_nl TEXT NOT NULL,
        name_en TEXT NOT NULL,
        description_nl TEXT NOT NULL DEFAULT '',
        description_en TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE function_templates (
        key TEXT PRIMARY KEY,
        built_in INTEGER NOT NULL CHECK (built_in IN (0, 1)),
        name_nl TEXT NOT NULL,
        name_en TEXT NOT NULL,
        description_nl TEXT NOT NULL DEFAULT '',
        description_en TEXT NOT NULL DEFAULT '',
        default_placement TEXT NOT NULL CHECK (default_placement IN ('team', 'shell')),
        default_hours REAL NOT NULL CHECK (default_hours >= 0),
        expertise_json TEXT NOT NULL DEFAULT '[]',
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE template_requirements (
        template_key TEXT NOT NULL REFERENCES function_templates(key) ON DELETE CASCADE,
        competency TEXT NOT NULL REFERENCES competencies(key),
        level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
        min_people INTEGER NOT NULL CHECK (min_people BETWEEN 1 AND 20),
        position INTEGER NOT NULL,
        PRIMARY KEY (template_key, competency)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX template_requirements_by_competency ON template_requirements(competency);

      CREATE TABLE teams (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        area TEXT NOT NULL DEFAULT '',
        organisation_type TEXT NOT NULL,
        model TEXT NOT NULL,
        positioning TEXT NOT NULL,
        age_groups_json TEXT NOT NULL DEFAULT '[]',
        breadth_scope TEXT NOT NULL,
        breadth_collective INTEGER NOT NULL CHECK (breadth_collective IN (0, 1)),
        breadth_notes TEXT NOT NULL DEFAULT '',
        depth_mode TEXT NOT NULL,
        depth_notes TEXT NOT NULL DEFAULT '',
        integration_mode TEXT NOT NULL,
        integration_notes TEXT NOT NULL DEFAULT '',
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE scenarios (
        id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        is_main INTEGER NOT NULL CHECK (is_main IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (team_id, name)
      ) STRICT;
      -- A team has exactly one main scenario; variants are compared against it.
      CREATE UNIQUE INDEX scenarios_one_main_per_team ON scenarios(team_id) WHERE is_main = 1;

      CREATE TABLE functions (
        id TEXT PRIMARY KEY,
        scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        template_key TEXT,
        name TEXT NOT NULL,
        placement TEXT NOT NULL CHECK (placement IN ('team', 'shell')),
        hours_required REAL NOT NULL CHECK (hours_required BETWEEN 0 AND 1000),
        expertise_json TEXT NOT NULL DEFAULT '[]',
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX functions_by_scenario ON functions(scenario_id, position);

      CREATE TABLE function_requirements (
        function_id TEXT NOT NULL REFERENCES functions(id) ON DELETE CASCADE,
        competency TEXT NOT NULL REFERENCES competencies(key),
        level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
        min_people INTEGER NOT NULL CHECK (min_people BETWEEN 1 AND 20),
        position INTEGER NOT NULL,
        PRIMARY KEY (function_id, competency)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX function_requirements_by_competency ON function_requirements(competency);

      CREATE TABLE professionals (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        discipline TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        binding TEXT NOT NULL CHECK (binding IN ('hierarchical', 'functional')),
        contract_hours REAL NOT NULL CHECK (contract_hours BETWEEN 0 AND 60),
        expertise_json TEXT NOT NULL DEFAULT '[]',
        assessed_on TEXT,
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX professionals_by_name ON professionals(name COLLATE NOCASE, id);

      CREATE TABLE ratings (
        professional_id TEXT NOT NULL REFERENCES professionals(id) ON DELETE CASCADE,
        competency TEXT NOT NULL REFERENCES competencies(key),
        level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
        PRIMARY KEY (professional_id, competency)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX ratings_by_competency ON ratings(competency);

      CREATE TABLE assignments (
        function_id TEXT NOT NULL REFERENCES functions(id) ON DELETE CASCADE,
        professional_id TEXT NOT NULL REFERENCES professionals(id) ON DELETE CASCADE,
        hours REAL NOT NULL CHECK (hours > 0 AND hours <= 60),
        PRIMARY KEY (function_id, professional_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX assignments_by_professional ON assignments(professional_id);
    `);
  },
};
