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
    if (!open) this.conflict = null;
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

  async saveSettings(input: SettingsInput): Promise<void> {
    await this.run(async () => {
      const settings = await this.api.call('shared.saveSettings', input);
      runInAction(() => (this.settings = settings));
      this.notify('info', message('sharing.settings.saved'));
    });
  }

  async forgetSettings(): Promise<void> {
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
      const answer = await this.api.call('shared.resolve', { publishId: conflict.publishId, choice });
      runInAction(() => (this.conflict = null));
      if (choice !== 'keepMine') await this.teamsChanged([conflict.teamId, answer.teamId]);
      this.notify('info', message(RESOLVED[choice]));
    });
  }

  /** One action at a time; the status is read again after each, whatever happened. */
  private async run(work: () => Promise<unknown>): Promise<void> {
    runInAction(() => (this.busy = true));
    try {
      await work();
    } catch (error) {
      this.notify('error', errorText(error));
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
