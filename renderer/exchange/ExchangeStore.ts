import { action, makeObservable, observable, observableShallow, runInAction } from 'mobx';
import type { LocalText } from '../../shared/domain/text.js';
import { ApiCallError, type ApiClient, errorText } from '../api/ApiClient.js';
import type { TeamsStore } from '../design/TeamsStore.js';
import { saveTextAsPlan } from './saveFile.js';

/** A plan from a file whose team already exists: waits for the user to choose. */
export interface PendingConflict {
  id: number;
  fileName: string;
  teamName: string;
  existingName: string;
  plan: unknown;
}

export interface ExchangeMessage {
  id: number;
  kind: 'ok' | 'error';
  text: LocalText;
}

export type ConflictChoice = 'replace' | 'copy' | 'skip';

/** A file name from a team name: letters, digits and dashes, as every file system accepts. */
export function planFileName(teamName: string): string {
  const stem = teamName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${stem || 'team'}.json`;
}

/**
 * Exchange of team plan files between team leaders (often offline) and HR. Export: one
 * team as a team plan file, or all teams as one JSON array of team plan files. Import:
 * one or more files, each a plan or an array of plans; a plan whose team is already
 * present is never written until the user chooses to replace it, import it as a copy
 * or skip it.
 */
export class ExchangeStore {
  conflicts: PendingConflict[] = [];
  messages: ExchangeMessage[] = [];
  busy = false;
  private nextId = 1;

  constructor(
    private readonly api: ApiClient,
    private readonly teams: TeamsStore,
    /** Called after anything was imported: reload the lists, reopen a replaced team. */
    private readonly onImported: (teamIds: string[]) => Promise<void>,
  ) {
    makeObservable<ExchangeStore, 'addMessage'>(this, {
      conflicts: observableShallow,
      messages: observableShallow,
      busy: observable,
      addMessage: action,
      clearMessages: action,
    });
  }

  clearMessages(): void {
    this.messages = [];
  }

  private addMessage(kind: ExchangeMessage['kind'], text: LocalText): void {
    this.messages.push({ id: this.nextId++, kind, text });
  }

  async exportTeam(teamId: string): Promise<void> {
    const team = this.teams.byId.get(teamId);
    const main = this.teams.mainScenario(teamId);
    if (!team || !main) return;
    await this.run(async () => {
      const plan = await this.api.call('plan.export', { scenarioId: main.id, includePool: false });
      const saved = await saveTextAsPlan(planFileName(team.name), `${JSON.stringify(plan, null, 2)}\n`);
      if (saved) this.addMessage('ok', { nl: `${team.name} is geëxporteerd.`, en: `${team.name} was exported.` });
    });
  }

  /** All teams' main scenarios as one file: a JSON array of team plan files. */
  async exportAll(today: string): Promise<void> {
    await this.run(async () => {
      const plans = [];
      for (const team of this.teams.teams) {
        const main = this.teams.mainScenario(team.id);
        if (main) plans.push(await this.api.call('plan.export', { scenarioId: main.id, includePool: false }));
      }
      const saved = await saveTextAsPlan(`wijkteamplannen-${today}.json`, `${JSON.stringify(plans, null, 2)}\n`);
      if (saved) {
        this.addMessage('ok', { nl: `${plans.length} teamplannen zijn geëxporteerd.`, en: `${plans.length} team plans were exported.` });
      }
    });
  }

  async importFiles(files: readonly { name: string; text: string }[]): Promise<void> {
    await this.run(async () => {
      const imported: string[] = [];
      for (const file of files) {
        let content: unknown;
        try {
          content = JSON.parse(file.text);
        } catch {
          this.addMessage('error', {
            nl: `${file.name} is geen teamplan: het bestand is geen geldige JSON. Kies een bestand dat de planner heeft geëxporteerd.`,
            en: `${file.name} is not a team plan: the file is not valid JSON. Choose a file the planner exported.`,
          });
          continue;
        }
        for (const plan of Array.isArray(content) ? content : [content]) {
          const teamId = await this.importOne(file.name, plan, 'ask');
          if (teamId) imported.push(teamId);
        }
      }
      if (imported.length > 0) await this.onImported(imported);
    });
  }

  async resolve(conflictId: number, choice: ConflictChoice): Promise<void> {
    const conflict = this.conflicts.find((c) => c.id === conflictId);
    if (!conflict) return;
    runInAction(() => (this.conflicts = this.conflicts.filter((c) => c.id !== conflictId)));
    if (choice === 'skip') {
      this.addMessage('ok', {
        nl: `${conflict.teamName} uit ${conflict.fileName} is overgeslagen; het bestaande team is niet veranderd.`,
        en: `${conflict.teamName} from ${conflict.fileName} was skipped; the existing team is unchanged.`,
      });
      return;
    }
    await this.run(async () => {
      const teamId = await this.importOne(conflict.fileName, conflict.plan, choice);
      if (teamId) await this.onImported([teamId]);
    });
  }

  /** Returns the id of the team written, or null (conflict waiting, or refused). */
  private async importOne(fileName: string, plan: unknown, onConflict: 'ask' | 'replace' | 'copy'): Promise<string | null> {
    const teamName = teamNameOf(plan);
    try {
      const result = await this.api.call('plan.import', { plan, onConflict });
      if (result.status === 'conflict') {
        runInAction(() =>
          this.conflicts.push({ id: this.nextId++, fileName, teamName, existingName: result.existingName, plan }),
        );
        return null;
      }
      const how = onConflict === 'replace' ? ['vervangen', 'replaced'] : onConflict === 'copy' ? ['als kopie geïmporteerd', 'imported as a copy'] : ['geïmporteerd', 'imported'];
      this.addMessage('ok', { nl: `${teamName} is ${how[0]}.`, en: `${teamName} was ${how[1]}.` });
      const kept = result.keptProfessionals ?? [];
      if (kept.length > 0) {
        const names = kept.map((k) => k.name).join(', ');
        this.addMessage('ok', {
          nl: `Van ${names} zijn de gegevens in de planner aangehouden; het bestand had andere gegevens.`,
          en: `For ${names} the planner kept its own data; the file had different data.`,
        });
      }
      return result.teamId;
    } catch (error) {
      const text = errorText(error);
      const prefix = error instanceof ApiCallError ? `${fileName} (${teamName}): ` : `${fileName}: `;
      this.addMessage('error', { nl: prefix + text.nl, en: prefix + text.en });
      return null;
    }
  }

  private async run(work: () => Promise<void>): Promise<void> {
    runInAction(() => (this.busy = true));
    try {
      await work();
    } catch (error) {
      const text = errorText(error);
      this.addMessage('error', error instanceof Error && !(error instanceof ApiCallError) ? { nl: error.message, en: error.message } : text);
    } finally {
      runInAction(() => (this.busy = false));
    }
  }
}

function teamNameOf(plan: unknown): string {
  const team = (plan as { team?: { name?: unknown } } | null)?.team;
  return typeof team?.name === 'string' ? team.name : 'team';
}
