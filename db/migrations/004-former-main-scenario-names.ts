import type { Migration } from './types.js';

/**
 * Until the ninth round, adopting a scenario ("Vaststellen") left the former main scenario
 * its default name, so a team could have a variant called "Hoofdscenario" beside the real
 * main one, and the board, print and HR read as if the old plan were still the team's.
 * `scenarios.adopt` now renames it "Vorig hoofdscenario"; this step does the same for the
 * files written before: every variant (not main) still called "Hoofdscenario" gets
 * "Vorig hoofdscenario", or "Vorig hoofdscenario 2", 3, ... when that name is taken in its
 * team. The names are written out here, not imported from db/service/names.ts, because a
 * shipped step must never change when that module does.
 */
const DEFAULT_MAIN = 'Hoofdscenario';
const FORMER_MAIN = 'Vorig hoofdscenario';

export const migration004: Migration = {
  version: 4,
  name: 'former main scenario names',
  up(db) {
    const variants = db
      .prepare('SELECT id, team_id AS teamId FROM scenarios WHERE name = ? AND is_main = 0 ORDER BY created_at, id')
      .all(DEFAULT_MAIN) as { id: string; teamId: string }[];
    const taken = db.prepare('SELECT 1 FROM scenarios WHERE team_id = ? AND name = ?');
    const rename = db.prepare(
      "UPDATE scenarios SET name = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
    );
    for (const { id, teamId } of variants) {
      let name = FORMER_MAIN;
      for (let n = 2; taken.get(teamId, name) !== undefined; n += 1) name = `${FORMER_MAIN} ${n}`;
      rename.run(name, id);
    }
  },
};
