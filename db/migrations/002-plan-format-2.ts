import { DEFAULT_TEAM_ROLES } from '../../shared/catalogue/teamRoles.js';
import type { Migration } from './types.js';

/**
 * The schema for plan format 2 (docs/team-plan-format.md): vakkennis with levels, how
 * questions reach the team, the team's leader, voorliggend veld, consultations, mandate
 * and target groups, life domains of functions, consultation and escalation per function,
 * and team roles. Existing data keeps its meaning, exactly as a version 1 plan file does
 * (shared/plan/upgradePlan.ts): expertise a person "brings" becomes level 2 assessed when
 * their competencies were; expertise a function listed becomes a team-wide requirement of
 * level 2 for one person; A2 teams take complex questions referred by the voorliggend veld.
 *
 * The team's set-up parts that are only read and written whole live in one JSON column,
 * parsed with the domain schema on read (db/repositories/teamSetup.ts).
 */
export const migration002: Migration = {
  version: 2,
  name: 'plan format 2',
  up(db) {
    db.exec(`
      ALTER TABLE teams ADD COLUMN questions_reach TEXT NOT NULL DEFAULT 'all';
      ALTER TABLE teams ADD COLUMN questions_arrival TEXT NOT NULL DEFAULT 'direct';
      ALTER TABLE teams ADD COLUMN questions_notes TEXT NOT NULL DEFAULT '';
      ALTER TABLE teams ADD COLUMN setup_json TEXT NOT NULL DEFAULT '{}';
      UPDATE teams SET questions_reach = 'complex', questions_arrival = 'referred' WHERE model = 'A2';

      ALTER TABLE functions ADD COLUMN life_domains_json TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE functions ADD COLUMN consultation_json TEXT;
      ALTER TABLE functions ADD COLUMN escalation TEXT NOT NULL DEFAULT '';
      UPDATE functions SET expertise_json = (
        SELECT json_group_array(json_object('expertise', value, 'level', 2, 'minPeople', 1, 'scope', 'team'))
        FROM json_each(functions.expertise_json)
      );

      ALTER TABLE function_templates ADD COLUMN life_domains_json TEXT NOT NULL DEFAULT '[]';

      ALTER TABLE professionals ADD COLUMN team_roles_json TEXT NOT NULL DEFAULT '{}';
      UPDATE professionals SET expertise_json = (
        SELECT json_group_array(json_object('key', value, 'level', 2, 'assessedOn', professionals.assessed_on))
        FROM json_each(professionals.expertise_json)
      );

      CREATE TABLE team_roles (
        key TEXT PRIMARY KEY,
        built_in INTEGER NOT NULL CHECK (built_in IN (0, 1)),
        name_nl TEXT NOT NULL,
        name_en TEXT NOT NULL,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
    const insert = db.prepare(
      'INSERT INTO team_roles (key, built_in, name_nl, name_en, position, created_at) VALUES (?, 1, ?, ?, ?, ?)',
    );
    const now = new Date().toISOString();
    DEFAULT_TEAM_ROLES.forEach((role, i) => insert.run(role.key, role.name.nl, role.name.en, i, now));
  },
};
