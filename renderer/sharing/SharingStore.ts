import { action, computed, makeObservable, observable, observableRef, runInAction } from 'mobx';
import type { ApiInput, ApiOutput } from '../../shared/api/contract.js';
import { type Message, message } from '../../shared/i18n/message.js';
import { type ApiClient, errorText } from '../api/ApiClient.js';

type SharedStatus = ApiOutput<'shared.status'>;
type SharedSettings = ApiOutput<'shared.settings'>;
type SettingsInput = ApiInput<'shared.saveSettings'>;
type OutboxRow = SharedStatus['outbox'][number];
export type SharedConflict = ApiOutput<'shared.conflict'>;
type ConflictChoice = 'keepMine' | 'takeTheirs' | 'keepBoth';

/**
 * Where "Opslaan en verbinden" is: trying the connection, it works (saved), it does not
 * (why, with the typed settings kept so they can be saved anyway), or saved without a
 * working connection (the wachtrij sends later).
 */
export type SettingsCheck =
  | { state: 'checking' }
  | { state: 'connected' }
  | { state: 'failed'; reason: Message; input: SettingsInput }
  | { state: 'savedOffline'; reason: Message };

/** How often the status is read again while something waits to be sent. */
const WATCH_MS = 2_000;

/**
 * The shared database as the team leader sees it: publishing a team (which only queues;
 * the host sends), the outbox with what waits, what was refused and what met a
 * conflict, and the conflict's resolution. Everything goes through the API: the
 * renderer never sees SQL, addresses' passwords or the server itself.
 */
export class SharingStore {
  status: SharedStatus | null = null;
  /** The installation's address (never a password), read when the dialog opens. */
  settings: SharedSettings | null = null;
  dialogOpen = false;
  /** The conflict being compared, when the user opened one. */
  conflict: SharedConflict | null = null;
  busy = false;
  /** The settings form's last "Opslaan en verbinden", shown in the form; null: nothing to say. */
  check: SettingsCheck | null = null;
  /**
   * What the last action came to while the dialog is open (a settled conflict, a refusal),
   * said in the dialog: a toast behind an open dialog cannot be read. Null: nothing to say.
   */
  said: { kind: 'error' | 'info'; text: Message } | null = null;

  constructor(
    private readonly api: ApiClient,
    private readonly notify: (kind: 'error' | 'info', text: Message) => void,
    /** Teams were replaced or added locally (take theirs, keep both): reload what shows them. */
    private readonly teamsChanged: (teamIds: readonly string[]) => Promise<void>,
  ) {
    makeObservable(this, {
      status: observableRef,
      settings: observableRef,
      dialogOpen: observable,
      conflict: observableRef,
      busy: observable,
      check: observableRef,
      said: observableRef,
      clearCheck: action,
      waiting: computed,
      stopped: computed,
      setDialogOpen: action,
      closeConflict: action,
    });
  }

  get waiting(): number {
    return this.status?.outbox.filter((row) => row.state === 'pending').length ?? 0;
  }

  /** Refused and conflicting publishes: they wait for the user, never retried on their own. */
  get stopped(): OutboxRow[] {
    return this.status?.outbox.filter((row) => row.state !== 'pending') ?? [];
  }

  rowsOf(teamId: string): OutboxRow[] {
    return this.status?.outbox.filter((row) => row.teamId === teamId) ?? [];
  }

  sharedVersionOf(teamId: string): number | null {
    return this.status?.teams.find((t) => t.teamId === teamId)?.sharedVersion ?? null;
  }

  setDialogOpen(open: boolean): void {
    this.dialogOpen = open;
    if (!open) {
      this.conflict = null;
      this.said = null;
      // The form is read afresh when the dialog opens again; an old outcome would not match it.
      this.check = null;
    }
  }

  closeConflict(): void {
    this.conflict = null;
  }

  async refresh(): Promise<void> {
    try {
      const status = await this.api.call('shared.status', {});
      runInAction(() => (this.status = status));
    } catch (error) {
      this.notify('error', errorText(error));
    }
  }

  /** Reads the status now and, while publishes wait, every few seconds; the returned function stops it. */
  watch(): () => void {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      await this.refresh();
      if (!stopped) timer = setTimeout(() => void tick(), WATCH_MS);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }

  async loadSettings(): Promise<void> {
    try {
      const settings = await this.api.call('shared.settings', {});
      runInAction(() => (this.settings = settings));
    } catch (error) {
      this.notify('error', errorText(error));
    }
  }

  /**
   * "Opslaan en verbinden": tries the connection first (a few seconds at most) and saves
   * only when it works; when it does not, says why and keeps what was typed, so the user
   * can correct it or save it anyway (`saveAnyway`).
   */
  async connect(input: SettingsInput): Promise<void> {
    runInAction(() => (this.check = { state: 'checking' }));
    await this.run(async () => {
      try {
        const answer = await this.api.call('shared.checkSettings', input);
        if (!answer.works) {
          const reason = answer.reason ?? message('sharedDb.error.unreachable');
          runInAction(() => (this.check = { state: 'failed', reason, input }));
          return;
        }
        await this.save(input);
        runInAction(() => (this.check = { state: 'connected' }));
      } catch (error) {
        runInAction(() => (this.check = null));
        throw error;
      }
    });
  }

  /** Keeps settings whose connection failed: the planner works on, and the wachtrij sends once the server answers. */
  async saveAnyway(): Promise<void> {
    const check = this.check;
    if (check?.state !== 'failed') return;
    await this.run(async () => {
      await this.save(check.input);
      runInAction(() => (this.check = { state: 'savedOffline', reason: check.reason }));
    });
  }

  clearCheck(): void {
    this.check = null;
  }

  private async save(input: SettingsInput): Promise<void> {
    const settings = await this.api.call('shared.saveSettings', input);
    runInAction(() => (this.settings = settings));
  }

  async forgetSettings(): Promise<void> {
    runInAction(() => (this.check = null));
    await this.run(async () => {
      const settings = await this.api.call('shared.forgetSettings', {});
      runInAction(() => (this.settings = settings));
    });
  }

  async publish(scenarioId: string): Promise<void> {
    await this.run(async () => {
      await this.api.call('shared.publish', { scenarioId });
      this.notify('info', message('sharing.queued'));
    });
  }

  /** "Nu opnieuw proberen": the server may be back before the drain's next try (up to 5 minutes away). */
  async sendNow(): Promise<void> {
    await this.run(() => this.api.call('shared.sendNow', {}));
  }

  async retry(publishId: string): Promise<void> {
    await this.run(() => this.api.call('shared.retry', { publishId }));
  }

  async discard(publishId: string): Promise<void> {
    await this.run(() => this.api.call('shared.discard', { publishId }));
  }

  async showConflict(publishId: string): Promise<void> {
    await this.run(async () => {
      const conflict = await this.api.call('shared.conflict', { publishId });
      runInAction(() => {
        this.conflict = conflict;
        this.dialogOpen = true;
      });
    });
  }

  async resolve(choice: ConflictChoice): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    await this.run(async () => {
      if (choice === 'takeTheirs') await this.backUpBeforeTakingTheirs(conflict);
      const answer = await this.api.call('shared.resolve', { publishId: conflict.publishId, choice });
      runInAction(() => (this.conflict = null));
      if (choice !== 'keepMine') await this.teamsChanged([conflict.teamId, answer.teamId]);
      this.say('info', message(RESOLVED[choice]));
    });
  }

  /**
   * Taking the shared version replaces the team on this computer as it is now, which may
   * hold work done after the publication that met the conflict; undo cannot bring it back.
   * So first a backup, noted as made before taking the shared version, as a plan file's
   * "Vervangen" does. When the backup fails the team is left alone (the error is shown).
   */
  private async backUpBeforeTakingTheirs(conflict: SharedConflict): Promise<void> {
    const local = (await this.api.call('teams.list', {})).find((team) => team.id === conflict.teamId);
    await this.api.call('backups.create', {
      before: { kind: 'teamTakenFromShared', name: local?.name ?? conflict.mine.teamName },
    });
  }

  /** In the dialog while it is open, else as a toast (publishing from the team design's header). */
  private say(kind: 'error' | 'info', text: Message): void {
    if (this.dialogOpen) runInAction(() => (this.said = { kind, text }));
    else this.notify(kind, text);
  }

  /** One action at a time; the status is read again after each, whatever happened. */
  private async run(work: () => Promise<unknown>): Promise<void> {
    runInAction(() => {
      this.busy = true;
      this.said = null;
    });
    try {
      await work();
    } catch (error) {
      this.say('error', errorText(error));
    } finally {
      runInAction(() => (this.busy = false));
      await this.refresh();
    }
  }
}

const RESOLVED = {
  keepMine: 'sharing.resolved.keepMine',
  takeTheirs: 'sharing.resolved.takeTheirs',
  keepBoth: 'sharing.resolved.keepBoth',
} as const;
