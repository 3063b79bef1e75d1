import type { SharedMigration } from './types.js';

/**
 * The shared database's first schema: teams, their published snapshots, the team leaders'
 * areas and the municipality's one setting, with the roles and the row-level security
 * that decide who may write what. The database enforces ownership itself, so a bug in the
 * planner (or someone with a team leader's password and psql) cannot touch another
 * team: every table has ROW LEVEL SECURITY enabled and FORCED (the table owner too), and
 * the login roles hold only the column privileges the policies are written for.
 *
 * Everything is keyed on `current_user`, the login role of one person (never a shared
 * application account): `owner_role` and `published_by` name that role.
 */
const sql = String.raw`CREATE TABLE wtp.settings (
  -- The municipality's choices; one row. Only the administrator changes it.
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  leaders_read_own_area boolean NOT NULL DEFAULT false
);
INSERT INTO wtp.settings DEFAULT VALUES;

-- Which area each team leader works in; set by the administrator (add-user --area), so a
-- team leader cannot move into another area to read its teams.
CREATE TABLE wtp.team_leaders (
  role_name name PRIMARY KEY,
  area text NOT NULL CHECK (length(area) BETWEEN 1 AND 100)
);

CREATE TABLE wtp.teams (
  id text PRIMARY KEY CHECK (id ~ '^\S{1,64}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  area text NOT NULL,
  owner_role name NOT NULL,
  current_version integer NOT NULL DEFAULT 0 CHECK (current_version >= 0),
  published_at timestamptz,
  published_by name
);

-- Every publication is kept: a version is never overwritten, only followed by the next.
CREATE TABLE wtp.team_snapshots (
  team_id text NOT NULL REFERENCES wtp.teams (id),
  version integer NOT NULL CHECK (version >= 1),
  plan jsonb NOT NULL CHECK (plan ->> 'format' = 'wijkteam-plan'),
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by name NOT NULL DEFAULT current_user,
  -- Chosen by the client before sending, so a publish retried after a lost answer is
  -- recognised and stored once.
  publish_id uuid NOT NULL UNIQUE,
  PRIMARY KEY (team_id, version)
);

-- Group roles, cluster-wide. NOLOGIN: people log in as their own role, member of one group.
DO $roles$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wtp_team_leader') THEN
    CREATE ROLE wtp_team_leader NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wtp_hr') THEN
    CREATE ROLE wtp_hr NOLOGIN;
  END IF;
  -- Whoever runs add-user: it writes team leaders' areas and the settings. A superuser
  -- needs no membership; a managed server's admin role (CREATEROLE, no superuser) does.
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wtp_admin') THEN
    CREATE ROLE wtp_admin NOLOGIN;
  END IF;
END
$roles$;
GRANT wtp_admin TO CURRENT_USER;

REVOKE ALL ON SCHEMA wtp FROM PUBLIC;
GRANT USAGE ON SCHEMA wtp TO wtp_team_leader, wtp_hr;

-- The area of the team leader asking; null for anyone else. Runs as the caller, so the
-- policies of wtp.team_leaders apply to it as well.
CREATE FUNCTION wtp.my_area() RETURNS text
  LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, wtp
  AS $$ SELECT area FROM wtp.team_leaders WHERE role_name = current_user $$;

CREATE FUNCTION wtp.leaders_read_own_area() RETURNS boolean
  LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, wtp
  AS $$ SELECT coalesce((SELECT leaders_read_own_area FROM wtp.settings), false) $$;

ALTER TABLE wtp.settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE wtp.settings FORCE ROW LEVEL SECURITY;
ALTER TABLE wtp.team_leaders ENABLE ROW LEVEL SECURITY;
ALTER TABLE wtp.team_leaders FORCE ROW LEVEL SECURITY;
ALTER TABLE wtp.teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE wtp.teams FORCE ROW LEVEL SECURITY;
ALTER TABLE wtp.team_snapshots ENABLE ROW LEVEL SECURITY;
ALTER TABLE wtp.team_snapshots FORCE ROW LEVEL SECURITY;

CREATE POLICY settings_read ON wtp.settings FOR SELECT TO wtp_team_leader, wtp_hr USING (true);
CREATE POLICY settings_admin ON wtp.settings FOR ALL TO wtp_admin USING (true) WITH CHECK (true);
CREATE POLICY team_leaders_admin ON wtp.team_leaders FOR ALL TO wtp_admin USING (true) WITH CHECK (true);

CREATE POLICY team_leaders_own ON wtp.team_leaders FOR SELECT TO wtp_team_leader
  USING (role_name = current_user);
CREATE POLICY team_leaders_hr ON wtp.team_leaders FOR SELECT TO wtp_hr USING (true);

-- Teams: a team leader reads the own teams and, when the municipality allows it, the
-- other teams of the own area; creates and updates only teams owned by the own role, in
-- the own area. HR reads every team and writes none. Nobody deletes.
CREATE POLICY teams_leader_read ON wtp.teams FOR SELECT TO wtp_team_leader
  USING (owner_role = current_user OR (wtp.leaders_read_own_area() AND area = wtp.my_area()));
CREATE POLICY teams_leader_create ON wtp.teams FOR INSERT TO wtp_team_leader
  WITH CHECK (owner_role = current_user AND area = wtp.my_area());
CREATE POLICY teams_leader_update ON wtp.teams FOR UPDATE TO wtp_team_leader
  USING (owner_role = current_user)
  WITH CHECK (owner_role = current_user AND area = wtp.my_area());
CREATE POLICY teams_hr_read ON wtp.teams FOR SELECT TO wtp_hr USING (true);
-- The administrator hands a team over when its team leader leaves (owner_role, area).
CREATE POLICY teams_admin_read ON wtp.teams FOR SELECT TO wtp_admin USING (true);
CREATE POLICY teams_admin_handover ON wtp.teams FOR UPDATE TO wtp_admin USING (true) WITH CHECK (true);

-- Snapshots follow their team: readable where the team is readable (the subquery runs
-- under the teams policies), added only to an own team and in the own name.
CREATE POLICY snapshots_leader_read ON wtp.team_snapshots FOR SELECT TO wtp_team_leader
  USING (EXISTS (SELECT 1 FROM wtp.teams t WHERE t.id = team_id));
CREATE POLICY snapshots_leader_add ON wtp.team_snapshots FOR INSERT TO wtp_team_leader
  WITH CHECK (
    published_by = current_user
    AND EXISTS (SELECT 1 FROM wtp.teams t WHERE t.id = team_id AND t.owner_role = current_user)
  );
CREATE POLICY snapshots_hr_read ON wtp.team_snapshots FOR SELECT TO wtp_hr USING (true);

-- Privileges: only what the policies above are written for. Ownership and area are not
-- updatable columns at all; snapshots are never updated or deleted.
GRANT SELECT ON wtp.settings, wtp.team_leaders, wtp.teams, wtp.team_snapshots TO wtp_team_leader, wtp_hr;
GRANT USAGE ON SCHEMA wtp TO wtp_admin;
GRANT SELECT, INSERT, UPDATE, DELETE ON wtp.settings, wtp.team_leaders TO wtp_admin;
GRANT SELECT, UPDATE (owner_role, area) ON wtp.teams TO wtp_admin;
GRANT INSERT (id, name, area, owner_role) ON wtp.teams TO wtp_team_leader;
GRANT UPDATE (name, current_version, published_at, published_by) ON wtp.teams TO wtp_team_leader;
GRANT INSERT (team_id, version, plan, published_by, publish_id) ON wtp.team_snapshots TO wtp_team_leader;

-- Publishing: one transaction that locks the team row, recognises a retried publish id,
-- checks the expected version and adds the next snapshot. SECURITY INVOKER: it has no
-- power beyond the caller's own, so every step above is checked against the caller.
-- Errors with their own SQLSTATE (class WT) tell the client what happened:
--   WT409 the team's version is not the expected one (someone published in between);
--   WT403 the team belongs to another team leader, or the caller is not a team leader;
--   WT422 the publish id was already used for another team.
CREATE FUNCTION wtp.publish_team(
  p_team_id text, p_team_name text, p_expected_version integer, p_publish_id uuid, p_plan jsonb
) RETURNS TABLE (version integer, published_at timestamptz, replayed boolean)
  LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog, wtp
AS $$
#variable_conflict use_column
DECLARE
  v_area text := wtp.my_area();
  v_current integer;
  v_earlier record;
BEGIN
  IF v_area IS NULL THEN
    RAISE EXCEPTION 'role % is not a team leader of any area', current_user USING ERRCODE = 'WT403';
  END IF;
  -- A team published for the first time becomes the caller's. When it exists, this does
  -- nothing (and waits for a concurrent first publish to finish).
  INSERT INTO wtp.teams AS t (id, name, area, owner_role)
    VALUES (p_team_id, p_team_name, v_area, current_user)
    ON CONFLICT (id) DO NOTHING;
  -- FOR UPDATE serialises publishes of one team; rows of other owners are not returned.
  SELECT t.current_version INTO v_current FROM wtp.teams t
    WHERE t.id = p_team_id AND t.owner_role = current_user FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'team % belongs to another team leader', p_team_id USING ERRCODE = 'WT403';
  END IF;
  -- Checked after taking the lock, so a retry racing its own first attempt sees it.
  SELECT s.team_id, s.version, s.published_at INTO v_earlier
    FROM wtp.team_snapshots s WHERE s.publish_id = p_publish_id;
  IF FOUND THEN
    IF v_earlier.team_id <> p_team_id THEN
      RAISE EXCEPTION 'publish id % was used for another team', p_publish_id USING ERRCODE = 'WT422';
    END IF;
    RETURN QUERY SELECT v_earlier.version, v_earlier.published_at, true;
    RETURN;
  END IF;
  IF v_current <> p_expected_version THEN
    RAISE EXCEPTION 'team % is at version %, not %', p_team_id, v_current, p_expected_version
      USING ERRCODE = 'WT409';
  END IF;
  INSERT INTO wtp.team_snapshots AS s (team_id, version, plan, published_by, publish_id)
    VALUES (p_team_id, v_current + 1, p_plan, current_user, p_publish_id);
  UPDATE wtp.teams t
    SET name = p_team_name, current_version = v_current + 1, published_at = now(), published_by = current_user
    WHERE t.id = p_team_id;
  RETURN QUERY SELECT v_current + 1, now(), false;
END
$$;

REVOKE ALL ON FUNCTION wtp.publish_team(text, text, integer, uuid, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION wtp.publish_team(text, text, integer, uuid, jsonb) TO wtp_team_leader;
REVOKE ALL ON FUNCTION wtp.my_area() FROM PUBLIC;
REVOKE ALL ON FUNCTION wtp.leaders_read_own_area() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION wtp.my_area(), wtp.leaders_read_own_area() TO wtp_team_leader, wtp_hr;
`;

export const migration001: SharedMigration = { version: 1, name: '001-teams-snapshots-and-policies', sql };
