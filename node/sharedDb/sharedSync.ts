import type { SharedOutbox } from '../../db/shared/sharedOutbox.js';
import type {
  SharedConnectionState,
  SharedSettingsInput,
  SharedSettingsView,
  SharedSyncPort,
} from '../../db/shared/sharedSyncPort.js';
import { message, type Message } from '../../shared/i18n/message.js';
import { translator } from '../../shared/i18n/translator.js';
import type { SharedPull } from '../../db/shared/sharedHrInput.js';
import { ApiFailure } from '../../shared/api/result.js';
import { checkSharedDbConnection } from './checkConnection.js';
import { connectionConfig } from './connectionConfig.js';
import { drainOutbox } from './drainOutbox.js';
import { pullTeams } from './pull.js';
import { openSharedDb } from './openSharedDb.js';
import type { SharedDbClient } from './sharedDbClient.js';
import { SharedDbError, type PasswordStore } from './sharedDbError.js';

/** Where to connect now; read again before every drain, because the settings can change while the planner runs. */
export interface SharedDbLogin {
  address: string;
  /** From the keychain (desktop); undefined: PGPASSWORD or a pgpass file. */
  password?: string;
  /** Where a missing password is to be put (the keychain, through the settings); default pgpass. */
  passwordStore?: PasswordStore;
}

/** Where the address and password come from (node/sharedDb/installationSettings.ts). */
interface SharedDbInstallation {
  login(): SharedDbLogin | null;
  loginFor(input: SharedSettingsInput): SharedDbLogin;
  view(): SharedSettingsView;
  save(input: SharedSettingsInput): SharedSettingsView;
  forget(): SharedSettingsView;
}

interface SharedSyncOptions {
  installation: SharedDbInstallation;
  log: (message: string, error?: unknown) => void;
  now?: () => Date;
  /** How often the outbox is drained while all is well. */
  intervalMs?: number;
  /** The first wait after the server could not be reached; doubled per failure up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** How long the settings dialog's connection check may take (checkConnection.ts). */
  checkTimeoutMs?: number;
}

const MINUTE = 60_000;

/**
 * The host's side of the outbox (docs/shared-database.md, "The hosts' drain"): drains at
 * start, right after a publish (`kick`) and on a timer; after an unreachable server it
 * waits longer each time (5 s, 10 s, ... at most 5 minutes) so a laptop on a train does
 * not keep knocking. Refused and conflicting rows are never retried here: they wait in
 * the outbox for the user. `stop()` waits for a drain on its way, so the host closes the
 * store only after the last answer has been written down; `paused()` does the same
 * around a backup restore.
 */
export class SharedSync implements SharedSyncPort {
  private outbox: SharedOutbox | null = null;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private pauses = 0;
  private failures = 0;
  private client: { key: string; db: SharedDbClient } | null = null;
  private state: SharedConnectionState = { lastSentAt: null, unreachableSince: null, lastError: null };
  private readonly now: () => Date;

  constructor(private readonly options: SharedSyncOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** The store's outbox, once the store is open; the first drain starts at once. */
  start(outbox: SharedOutbox): void {
    this.outbox = outbox;
    this.schedule(0);
  }

  configured(): boolean {
    return this.options.installation.login() !== null;
  }

  settings(): SharedSettingsView {
    return this.options.installation.view();
  }

  checkSettings(input: SharedSettingsInput): Promise<Message | null> {
    return checkSharedDbConnection(this.options.installation.loginFor(input), this.options.checkTimeoutMs);
  }

  /** New settings take effect at once: the next drain (started now) connects with them. */
  saveSettings(input: SharedSettingsInput): SharedSettingsView {
    const view = this.options.installation.save(input);
    this.forgetFailures();
    return view;
  }

  forgetSettings(): SharedSettingsView {
    const view = this.options.installation.forget();
    this.forgetFailures();
    return view;
  }

  private forgetFailures(): void {
    this.failures = 0;
    this.state = { ...this.state, unreachableSince: null, lastError: null };
    this.kick();
  }

  kick(): void {
    this.schedule(0);
  }

  /** The user asks to try now: the back-off starts over and one drain runs at once. */
  async sendNow(): Promise<void> {
    this.failures = 0;
    await this.drainNow();
  }

  connection(): SharedConnectionState {
    return { ...this.state };
  }

  signedInAs(): string | null {
    const login = this.options.installation.login();
    const config = login ? connectionConfig(login.address) : null;
    return config?.ok ? (config.config.user ?? null) : null;
  }

  /**
   * Reads every team this person may read. Reading changes nothing locally: a team's base
   * version moves only when its plan is taken over (a conflict's "take theirs"), never
   * because someone looked at a newer version.
   */
  async pull(): Promise<SharedPull> {
    const login = this.options.installation.login();
    if (!login) throw new ApiFailure('conflict', message('sharedDb.pull.notConfigured'));
    try {
      const result = await pullTeams(await this.clientFor(login));
      return {
        pulledAt: result.pulledAt.toISOString(),
        teams: result.teams.map((team) => ({ teamId: team.teamId, version: team.version, plan: team.plan })),
      };
    } catch (error) {
      // Reading loses nothing and keeps the last read: say that, not the wachtrij's words.
      if (error instanceof SharedDbError) {
        throw new ApiFailure(
          'conflict',
          error.kind === 'unreachable'
            ? message('sharedDb.pull.unreachable')
            : message('sharedDb.pull.failed', { reason: error.text }),
        );
      }
      throw error;
    }
  }

  /** One drain now, for tests and for the moment the settings changed; resolves when it is done. */
  async drainNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      await this.running;
    }
    this.run();
    await this.running;
  }

  async paused<T>(work: () => Promise<T>): Promise<T> {
    this.pauses += 1;
    clearTimeout(this.timer);
    try {
      await this.running;
      return await work();
    } finally {
      this.pauses -= 1;
      this.schedule(0);
    }
  }

  /** Ends the timer, waits for a drain on its way and closes the connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    const client = this.client;
    this.client = null;
    await client?.db.close().catch(() => undefined);
  }

  private schedule(delayMs: number): void {
    if (this.stopped || this.pauses > 0 || !this.outbox) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delayMs);
    // The timer alone must not keep a command-line process (or a test) alive.
    this.timer.unref();
  }

  private run(): void {
    if (this.stopped || this.pauses > 0 || !this.outbox) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const outbox = this.outbox;
    this.running = this.drainOnce(outbox)
      .catch((error: unknown) => this.options.log(translator('en').render(message('sharedDb.drain.failed')), error))
      .finally(() => {
        this.running = null;
        const again = this.again;
        this.again = false;
        this.schedule(again ? 0 : this.nextDelay());
      });
  }

  private nextDelay(): number {
    if (this.failures === 0) return this.options.intervalMs ?? 5 * MINUTE;
    const first = this.options.retryMs ?? 5_000;
    return Math.min(first * 2 ** (this.failures - 1), this.options.maxRetryMs ?? 5 * MINUTE);
  }

  private async drainOnce(outbox: SharedOutbox): Promise<void> {
    const login = this.options.installation.login();
    if (!login) {
      this.failures = 0;
      this.state = { ...this.state, unreachableSince: null, lastError: null };
      return;
    }
    let db: SharedDbClient;
    try {
      db = await this.clientFor(login);
    } catch (error) {
      // An address the planner refuses (no TLS to a remote server, a broken address).
      if (!(error instanceof SharedDbError)) throw error;
      this.noteUnreachable(error.text);
      return;
    }
    const report = await drainOutbox(db, outbox);
    if (report.stoppedUnreachable) {
      const waiting = outbox.status().outbox.find((row) => row.state === 'pending');
      this.noteUnreachable(waiting?.lastError ?? null);
      return;
    }
    this.failures = 0;
    this.state = {
      lastSentAt: report.published > 0 ? this.now().toISOString() : this.state.lastSentAt,
      unreachableSince: null,
      lastError: null,
    };
  }

  private noteUnreachable(reason: Message | null): void {
    this.failures += 1;
    this.state = {
      ...this.state,
      unreachableSince: this.state.unreachableSince ?? this.now().toISOString(),
      lastError: reason,
    };
  }

  private async clientFor(login: SharedDbLogin): Promise<SharedDbClient> {
    const key = JSON.stringify([login.address, login.password ?? null, login.passwordStore ?? null]);
    if (this.client?.key === key) return this.client.db;
    const previous = this.client;
    this.client = null;
    await previous?.db.close().catch(() => undefined);
    const db = openSharedDb(login.address, login.password, login.passwordStore);
    this.client = { key, db };
    return db;
  }
}
