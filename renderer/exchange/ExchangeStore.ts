import { action, makeObservable, observable, observableShallow, runInAction } from 'mobx';
import type { RemovalSubject } from '../../shared/api/entities.js';
import { datedFileName, localToday } from '../../shared/domain/today.js';
import { listOf } from '../../shared/i18n/listOf.js';
import { type Message, message } from '../../shared/i18n/message.js';
import { readPlanJson } from '../../shared/plan/planJson.js';
import { ApiCallError, type ApiClient, errorText } from '../api/ApiClient.js';
import type { TeamsStore } from '../design/TeamsStore.js';
import { saveTextAsPlan } from './saveFile.js';

/**
 * Where a plan comes from, to name it when it cannot be read: the file, and which plan of
 * the file when the file holds a list of them (1 is the first; null for a file of one plan).
 */
interface PlanSource {
  fileName: string;
  number: number | null;
}

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

/**
 * One choice for every open conflict. No copy for all: a copy shares the existing team's
 * professionals (exchange.copyNote), so a whole region copied would count everyone's hours
 * twice; a copy stays a choice per team.
 */
export type BulkChoice = 'replace' | 'skip';

/** Long work under way, for its status line: an export of all teams or replacing many. */
interface ExchangeProgress {
  work: 'export' | 'replace';
  done: number;
  total: number;
}

/** What writing one plan gave: the team written and the professionals whose own data was kept. */
interface Written {
  teamId: string;
  /** The name the team was stored under: a copy's is the one the store chose ("X (kopie 2)"). */
  teamName: string;
  kept: string[];
  /** The file's hours in other teams against the imported scenario, checked once the batch is in. */
  elsewhere: { scenarioId: string; hoursInOtherTeams: Record<string, number> } | null;
}

/** People named one by one in the note on hours in teams this planner does not hold; the rest are counted. */
const UNKNOWN_HOURS_NAMED = 5;

/** A file name from a team name: letters, digits and dashes, as every file system accepts. */
export function planFileName(teamName: string): string {
  return `${fileStem(teamName)}.json`;
}

function fileStem(teamName: string): string {
  const stem = teamName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return stem || 'team';
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
  progress: ExchangeProgress | null = null;
  /**
   * Conflicts and messages up to this id are not shown in the box over other screens
   * (ExchangeNotices, "Verbergen"); the open questions stay in the exchange panel.
   */
  noticesHiddenUpTo = 0;
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
      progress: observable,
      noticesHiddenUpTo: observable,
      addMessage: action,
      clearMessages: action,
      hideNotices: action,
    });
  }

  /** The newest message's id (0: none); ids only grow, so a message newer than this is news. */
  get lastMessageId(): number {
    return this.messages.at(-1)?.id ?? 0;
  }

  clearMessages(): void {
    this.messages = [];
  }

  /** Whether the box over other screens has anything the user has not hidden yet. */
  get hasNotices(): boolean {
    const hidden = this.noticesHiddenUpTo;
    return this.conflicts.some((c) => c.id > hidden) || this.messages.some((m) => m.id > hidden);
  }

  /** Hides the box over other screens until something new comes; nothing is decided or lost. */
  hideNotices(): void {
    this.noticesHiddenUpTo = this.nextId - 1;
  }

  private addMessage(kind: ExchangeMessage['kind'], text: Message): void {
    this.messages.push({ id: this.nextId++, kind, text });
  }

  /** One team's main scenario as a team plan file named for the team and the day. */
  async exportTeam(teamId: string, today: string = localToday()): Promise<void> {
    const team = this.teams.byId.get(teamId);
    const main = this.teams.mainScenario(teamId);
    if (!team || !main || this.busy) return;
    await this.run(async () => {
      const plan = await this.api.call('plan.export', { scenarioId: main.id, includePool: false });
      const fileName = datedFileName(fileStem(team.name), today, 'json');
      const saved = await saveTextAsPlan(fileName, `${JSON.stringify(plan, null, 2)}\n`);
      if (saved) this.addMessage('ok', message('exchange.exported', { team: team.name }));
    });
  }

  /** All teams' main scenarios as one file: a JSON array of team plan files. */
  async exportAll(today: string): Promise<void> {
    if (this.busy) return;
    await this.run(async () => {
      const plans = [];
      const teams = this.teams.teams;
      this.setProgress({ work: 'export', done: 0, total: teams.length });
      for (const [index, team] of teams.entries()) {
        const main = this.teams.mainScenario(team.id);
        if (main) plans.push(await this.api.call('plan.export', { scenarioId: main.id, includePool: false }));
        this.setProgress({ work: 'export', done: index + 1, total: teams.length });
      }
      const fileName = datedFileName('wijkteamplannen', today, 'json');
      const saved = await saveTextAsPlan(fileName, `${JSON.stringify(plans, null, 2)}\n`);
      if (saved) {
        this.addMessage('ok', message('exchange.exportedAll', { count: plans.length }));
      }
    });
  }

  async importFiles(files: readonly { name: string; text: string }[]): Promise<void> {
    await this.run(async () => {
      const imported: string[] = [];
      const written: Written[] = [];
      for (const file of files) {
        const read = readPlanJson(file.text);
        if (!read.ok) {
          this.addMessage('error', message('exchange.unreadable', { file: file.name, reason: read.text }));
          continue;
        }
        const content = read.value;
        const plans = Array.isArray(content) ? content : [content];
        for (const [index, plan] of plans.entries()) {
          const source = { fileName: file.name, number: Array.isArray(content) ? index + 1 : null };
          const one = await this.write(source, plan, 'ask');
          if (one) {
            this.sayWritten('ask', teamNameOf(plan), one);
            imported.push(one.teamId);
            written.push(one);
          }
        }
      }
      await this.sayUnknownHoursElsewhere(written);
      if (imported.length > 0) await this.onImported(imported);
    });
  }

  /**
   * One conflict's choice. Replacing first makes a backup named after the team it replaces
   * ("voor het vervangen van team Noord door een import"), as replacing all does; if that
   * fails nothing is replaced and the question comes back in its place.
   */
  async resolve(conflictId: number, choice: ConflictChoice): Promise<void> {
    const conflict = this.conflicts.find((c) => c.id === conflictId);
    if (!conflict) return;
    // Off the list at once, so a second click cannot decide it twice while the backup is made.
    runInAction(() => (this.conflicts = this.conflicts.filter((c) => c.id !== conflictId)));
    if (choice === 'skip') {
      this.addMessage('ok', message('exchange.skipped', { team: conflict.teamName, file: conflict.fileName }));
      return;
    }
    await this.run(async () => {
      if (choice === 'replace') {
        try {
          await this.backUpBeforeReplacing({ kind: 'teamReplaced', name: conflict.existingName });
        } catch (error) {
          // Conflicts are listed in the order they came (their ids grow).
          runInAction(() => (this.conflicts = [...this.conflicts, conflict].sort((a, b) => a.id - b.id)));
          throw error;
        }
      }
      const written = await this.write({ fileName: conflict.fileName, number: null }, conflict.plan, choice);
      if (!written) return;
      this.sayWritten(choice, conflict.teamName, written);
      await this.sayUnknownHoursElsewhere([written]);
      await this.onImported([written.teamId]);
    });
  }

  /**
   * One choice for all open conflicts, with one message at the end ("203 teams zijn
   * vervangen") instead of one per team. Replacing first makes a backup named after it
   * ("voor het vervangen van 203 teams"); if that fails nothing is replaced and the
   * questions stay open. A plan the store refuses still gets its own error message. The
   * conflicts leave the list one by one as they are written, so the count left is shown.
   */
  async resolveAll(choice: BulkChoice): Promise<void> {
    const open = this.conflicts;
    if (this.busy || open.length === 0) return;
    if (choice === 'skip') {
      runInAction(() => (this.conflicts = []));
      this.addMessage('ok', message('exchange.skippedAll', { count: open.length }));
      return;
    }
    await this.run(async () => {
      this.setProgress({ work: 'replace', done: 0, total: open.length });
      await this.backUpBeforeReplacing({ kind: 'teamsReplaced', name: String(open.length) });
      const teamIds: string[] = [];
      const all: Written[] = [];
      const kept = new Set<string>();
      for (const [index, conflict] of open.entries()) {
        // Each leaves the list as it is written (one decided meanwhile on its own is left alone).
        if (!this.conflicts.includes(conflict)) continue;
        runInAction(() => (this.conflicts = this.conflicts.filter((c) => c !== conflict)));
        const written = await this.write({ fileName: conflict.fileName, number: null }, conflict.plan, 'replace');
        if (written) {
          teamIds.push(written.teamId);
          all.push(written);
          written.kept.forEach((name) => kept.add(name));
        }
        this.setProgress({ work: 'replace', done: index + 1, total: open.length });
      }
      if (teamIds.length > 0) this.addMessage('ok', message('exchange.replacedAll', { count: teamIds.length }));
      if (kept.size > 0) this.addMessage('ok', message('exchange.keptProfessionals', { names: [...kept].join(', ') }));
      await this.sayUnknownHoursElsewhere(all);
      if (teamIds.length > 0) await this.onImported(teamIds);
    });
  }

  /** The backup before a replace, with a note naming what it was for (the Reservekopieën list says it). */
  private async backUpBeforeReplacing(subject: RemovalSubject & { kind: 'teamReplaced' | 'teamsReplaced' }) {
    await this.api.call('backups.create', { before: subject });
  }

  private sayWritten(onConflict: 'ask' | 'replace' | 'copy', teamName: string, written: Written): void {
    if (onConflict === 'copy') {
      // The store chose a free name for the copy: the user learns it here, not by searching the team list.
      this.addMessage('ok', message('exchange.importedCopy', { team: teamName, copy: written.teamName }));
    } else {
      this.addMessage(
        'ok',
        message(onConflict === 'replace' ? 'exchange.replaced' : 'exchange.imported', { team: teamName }),
      );
      // Another team had the name: the store gave this one a free name, said here.
      if (written.teamName !== teamName)
        this.addMessage('ok', message('exchange.renamed', { team: teamName, name: written.teamName }));
    }
    if (written.kept.length > 0)
      this.addMessage('ok', message('exchange.keptProfessionals', { names: written.kept.join(', ') }));
  }

  /**
   * Once a batch is in: the people whose files count hours in other teams that this planner
   * does not hold (another municipality's teams), so their free hours here are too high.
   * Asked after the whole batch, so teams imported together count for each other. A failed
   * question is said as an error; the import itself stands.
   */
  private async sayUnknownHoursElsewhere(written: readonly Written[]): Promise<void> {
    const teams = written.flatMap((w) => (w.elsewhere ? [w.elsewhere] : []));
    if (teams.length === 0) return;
    try {
      const people = await this.api.call('plan.unknownHoursElsewhere', { teams });
      if (people.length === 0) return;
      const named: Message[] = people
        .slice(0, UNKNOWN_HOURS_NAMED)
        .map((p) => message('exchange.unknownHoursPerson', { name: p.name, hours: p.hours }));
      const rest = people.length - named.length;
      if (rest > 0) named.push(message('exchange.unknownHoursOthers', { count: rest }));
      this.addMessage('ok', message('exchange.unknownHoursElsewhere', { count: people.length, people: listOf(named) }));
    } catch (error) {
      this.addMessage('error', errorText(error));
    }
  }

  private setProgress(progress: ExchangeProgress): void {
    runInAction(() => (this.progress = progress));
  }

  /** Writes one plan; null when it waits as a conflict or was refused (said in a message). */
  private async write(
    source: PlanSource,
    plan: unknown,
    onConflict: 'ask' | 'replace' | 'copy',
  ): Promise<Written | null> {
    const { fileName } = source;
    const teamName = teamNameOf(plan);
    try {
      const result = await this.api.call('plan.import', { plan, onConflict });
      if (result.status === 'conflict') {
        runInAction(() =>
          this.conflicts.push({ id: this.nextId++, fileName, teamName, existingName: result.existingName, plan }),
        );
        return null;
      }
      return {
        teamId: result.teamId,
        teamName: result.teamName,
        kept: (result.keptProfessionals ?? []).map((k) => k.name),
        elsewhere: result.hoursInOtherTeams
          ? { scenarioId: result.scenarioId, hoursInOtherTeams: result.hoursInOtherTeams }
          : null,
      };
    } catch (error) {
      this.addMessage('error', failureText(source, teamName, error));
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
      runInAction(() => {
        this.busy = false;
        this.progress = null;
      });
    }
  }
}

/** The team's name as the file gives it; empty when it gives none. */
function teamNameOf(plan: unknown): string {
  const team = (plan as { team?: { name?: unknown } } | null)?.team;
  return typeof team?.name === 'string' ? team.name.trim() : '';
}

/**
 * Why a plan was not imported, naming it the way the user finds it: by its team's name, else
 * as the how-manieth plan of the file, else by the file alone. Something that is no plan at
 * all (the store says which: `planImport.notAPlan`) is said as such, per part of the file.
 */
function failureText(source: PlanSource, teamName: string, error: unknown): Message {
  const file = source.fileName;
  const number = source.number === null ? null : String(source.number);
  if (error instanceof ApiCallError && error.text.key === 'planImport.notAPlan') {
    return number === null ? message('exchange.notAPlan', { file }) : message('exchange.notAPlanAt', { file, number });
  }
  const reason = errorText(error);
  if (!(error instanceof ApiCallError)) return message('exchange.fileFailed', { file, reason });
  if (teamName !== '') return message('exchange.planFailed', { file, team: teamName, reason });
  if (number !== null) return message('exchange.planFailedAt', { file, number, reason });
  return message('exchange.fileFailed', { file, reason });
}
