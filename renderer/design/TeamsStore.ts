import { action, computed, makeObservable, observable, observableRef, runInAction } from 'mobx';
import type { Scenario, TeamSummary } from '../../shared/api/entities.js';
import type { ApiClient } from '../api/ApiClient.js';

/** The teams the user can open, each with its scenarios (the main one and variants). */
export class TeamsStore {
  teams: TeamSummary[] = [];
  loaded = false;

  constructor(private readonly api: ApiClient) {
    makeObservable(this, {
      teams: observableRef,
      loaded: observable,
      byId: computed,
      scenarioById: computed,
      setTeams: action,
      upsert: action,
      remove: action,
    });
  }

  async load(): Promise<void> {
    const teams = await this.api.call('teams.list', {});
    runInAction(() => {
      this.setTeams(teams);
      this.loaded = true;
    });
  }

  setTeams(teams: TeamSummary[]): void {
    this.teams = teams;
  }

  upsert(team: TeamSummary): void {
    const exists = this.teams.some((t) => t.id === team.id);
    this.teams = exists ? this.teams.map((t) => (t.id === team.id ? team : t)) : [...this.teams, team];
  }

  remove(id: string): void {
    this.teams = this.teams.filter((t) => t.id !== id);
  }

  get byId(): Map<string, TeamSummary> {
    return new Map(this.teams.map((t) => [t.id, t]));
  }

  get scenarioById(): Map<string, Scenario> {
    return new Map(this.teams.flatMap((t) => t.scenarios.map((s) => [s.id, s] as const)));
  }

  mainScenario(teamId: string): Scenario | undefined {
    const team = this.byId.get(teamId);
    return team?.scenarios.find((s) => s.isMain) ?? team?.scenarios[0];
  }
}
