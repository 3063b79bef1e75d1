import { action, makeObservable, observable, observableShallow, runInAction } from 'mobx';
import { type Message, message } from '../../shared/i18n/message.js';
import { ApiCallError, type ApiClient, errorText } from '../api/ApiClient.js';
import type { TeamsStore } from '../design/TeamsStore.js';
import { saveTextAsPlan } from './saveFile.js';

/** A plan from a file whose team already exists: waits for the user to choose. */
interface PendingConflict {
  id: number;
  fileName: string;
  teamName: string;
  existingName: string;
  plan: unknown;
}

interface ExchangeMessage {
  id: number;
  kind: 'ok' | 'error';
  /** Rendered when shown, in the language of that moment. */
  text: Message;
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

  /** The newest message's id (0: none); ids only grow, so a message newer than this is news. */
  get lastMessageId(): number {
    return this.messages.at(-1)?.id ?? 0;
  }

  clearMessages(): void {
    this.messages = [];
  }

  private addMessage(kind: ExchangeMessage['kind'], text: Message): void {
    this.messages.push({ id: this.nextId++, kind, text });
  }

  async exportTeam(teamId: string): Promise<void> {
    const team = this.teams.byId.get(teamId);
    const main = this.teams.mainScenario(teamId);
    if (!team || !main || this.busy) return;
    await this.run(async () => {
      const plan = await this.api.call('plan.export', { scenarioId: main.id, includePool: false });
      const saved = await saveTextAsPlan(planFileName(team.name), `${JSON.stringify(plan, null, 2)}\n`);
      if (saved) this.addMessage('ok', message('exchange.exported', { team: team.name }));
    });
  }

  /** All teams' main scenarios as one file: a JSON array of team plan files. */
  async exportAll(today: string): Promise<void> {
    if (this.busy) return;
    await this.run(async () => {
      const plans = [];
      for (const team of this.teams.teams) {
        const main = this.teams.mainScenario(team.id);
        if (main) plans.push(await this.api.call('plan.export', { scenarioId: main.id, includePool: false }));
      }
      const saved = await saveTextAsPlan(`wijkteamplannen-${today}.json`, `${JSON.stringify(plans, null, 2)}\n`);
      if (saved) {
        this.addMessage('ok', message('exchange.exportedAll', { count: plans.length }));
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
          this.addMessage('error', message('exchange.notJson', { file: file.name }));
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
      this.addMessage('ok', message('exchange.skipped', { team: conflict.teamName, file: conflict.fileName }));
      return;
    }
    await this.run(async () => {
      const teamId = await this.importOne(conflict.fileName, conflict.plan, choice);
      if (teamId) await this.onImported([teamId]);
    });
  }

  /** Returns the id of the team written, or null (conflict waiting, or refused). */
  private async importOne(
    fileName: string,
    plan: unknown,
    onConflict: 'ask' | 'replace' | 'copy',
  ): Promise<string | null> {
    const teamName = teamNameOf(plan);
    try {
      const result = await this.api.call('plan.import', { plan, onConflict });
      if (result.status === 'conflict') {
        runInAction(() =>
          this.conflicts.push({ id: this.nextId++, fileName, teamName, existingName: result.existingName, plan }),
        );
        return null;
      }
      const done =
        onConflict === 'replace'
          ? 'exchange.replaced'
          : onConflict === 'copy'
            ? 'exchange.importedCopy'
            : 'exchange.imported';
      this.addMessage('ok', message(done, { team: teamName }));
      const kept = result.keptProfessionals ?? [];
      if (kept.length > 0) {
        const names = kept.map((k) => k.name).join(', ');
        this.addMessage('ok', message('exchange.keptProfessionals', { names }));
      }
      return result.teamId;
    } catch (error) {
      const reason = errorText(error);
      this.addMessage(
        'error',
        error instanceof ApiCallError
          ? message('exchange.planFailed', { file: fileName, team: teamName, reason })
          : message('exchange.fileFailed', { file: fileName, reason }),
      );
      return null;
    }
  }

  private async run(work: () => Promise<void>): Promise<void> {
    runInAction(() => (this.busy = true));
    try {
      await work();
    } catch (error) {
      this.addMessage('error', errorText(error));
    } finally {
      runInAction(() => (this.busy = false));
    }
  }
}

function teamNameOf(plan: unknown): string {
  const team = (plan as { team?: { name?: unknown } } | null)?.team;
  return typeof team?.name === 'string' ? team.name : 'team';
}
