import { compareStructural, observable } from 'mobx';
import type { Team } from '../../shared/domain/schemas.js';

/**
 * The open team as one observable object whose fields are set one by one, and only when
 * their value changed. An edit of the team replaces the plan's team object (planEdits.ts),
 * so whatever reads `plan.team` renders again on every choice; a part of the design screen
 * that reads `openTeam.model` renders again only when the model changes. Shallow: the
 * values stay the plan's own plain arrays and objects, so they can be passed and spread
 * as before.
 */
export function observableTeam(team: Team): Team {
  return observable.object({ ...team }, undefined, { deep: false });
}

/** Sets the fields of `shown` (an `observableTeam` of the same team) that differ in `team`; call in an action. */
export function showTeamFields(shown: Team, team: Team): void {
  for (const key of Object.keys(team) as (keyof Team)[]) {
    if (!compareStructural(shown[key], team[key])) Object.assign(shown, { [key]: team[key] });
  }
}
