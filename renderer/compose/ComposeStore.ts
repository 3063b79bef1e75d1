import { action, makeObservable, observable, observableRef, runInAction } from 'mobx';
import type { ComposeOutcome, ComposeStage } from '../../shared/api/composeSchemas.js';
import type { ApiInput } from '../../shared/api/contract.js';
import type { Message } from '../../shared/i18n/message.js';
import { errorText, type ApiClient } from '../api/ApiClient.js';

interface ComposeSettings {
  objective: 'people' | 'contractHours';
  keepMembers: boolean;
  minHours: number;
  timeLimitSeconds: number;
  /** NaN: no limit (an empty number field). */
  maxTeamSize: number;
  /** Percent, NaN: no limit. */
  maxOrganisationPercent: number;
  /** '' : no discipline required. */
  requiredDiscipline: string;
}

const DEFAULT_COMPOSE_SETTINGS: ComposeSettings = {
  objective: 'people',
  keepMembers: true,
  minHours: 4,
  timeLimitSeconds: 10,
  maxTeamSize: Number.NaN,
  maxOrganisationPercent: Number.NaN,
  requiredDiscipline: '',
};

type Phase = 'form' | 'running' | 'done' | 'failed';

/** How often a running job is asked where it is. */
const POLL_MS = 250;
/**
 * How often the seconds shown move on, on the page's own clock: a poll can wait seconds
 * for a store process busy preparing a large pool, and the count must not stand still.
 */
const CLOCK_MS = 500;

interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
}

const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};

/**
 * The "Stel samen" dialog's state: the settings, then one job in the store process,
 * polled until it ends. `start` shows progress at once (before the store answers), so
 * the dialog never looks idle; closing the dialog while running cancels the job.
 */
export class ComposeStore {
  phase: Phase = 'form';
  settings: ComposeSettings = { ...DEFAULT_COMPOSE_SETTINGS };
  stage: ComposeStage = 'preparing';
  elapsedMs = 0;
  result: ComposeOutcome | null = null;
  error: Message | null = null;
  /**
   * Whether the run behind `result` kept the current members (their assignments locked):
   * the result view tells then which of them stay over contract. Taken at the start, so
   * the answer speaks of the run that made it.
   */
  keptMembers = DEFAULT_COMPOSE_SETTINGS.keepMembers;
  /** "Nu afronden" was pressed: the job answers with its best so far; the dialog says it is wrapping up. */
  wrappingUp = false;
  private jobId: string | null = null;
  private timer: unknown = null;
  private clock: unknown = null;
  private startedAt = 0;
  private run = 0;

  constructor(
    private readonly api: ApiClient,
    private readonly scenarioId: string,
    private readonly timers: Timers = browserTimers,
  ) {
    makeObservable<ComposeStore, 'tick'>(this, {
      phase: observable,
      settings: observable,
      stage: observable,
      elapsedMs: observable,
      result: observableRef,
      error: observableRef,
      wrappingUp: observable,
      keptMembers: observable,
      change: action,
      start: action,
      startFresh: action,
      finishNow: action,
      backToForm: action,
      tick: action,
    });
  }

  change<K extends keyof ComposeSettings>(key: K, value: ComposeSettings[K]): void {
    this.settings[key] = value;
  }

  async start(): Promise<void> {
    if (this.phase === 'running') return;
    const run = (this.run += 1);
    this.phase = 'running';
    this.stage = 'preparing';
    this.elapsedMs = 0;
    this.result = null;
    this.error = null;
    this.wrappingUp = false;
    this.keptMembers = this.settings.keepMembers;
    this.startedAt = this.timers.now();
    this.startClock(run);
    try {
      const { jobId } = await this.api.call('compose.start', this.request());
      if (run !== this.run) {
        // Cancelled while the store was still starting: stop the job that did start.
        void this.api.call('compose.cancel', { jobId }).catch(() => undefined);
        return;
      }
      this.jobId = jobId;
      // "Nu afronden" pressed before the store had answered: pass it on now.
      if (this.wrappingUp) this.askToFinish(jobId);
      this.schedule(run);
    } catch (error) {
      this.fail(run, error);
    }
  }

  /** Composes again with the same settings, but dividing the whole pool afresh (no member kept). */
  startFresh(): Promise<void> {
    this.settings.keepMembers = false;
    return this.start();
  }

  /** Stops the running job and returns to the settings. */
  cancel(): void {
    const jobId = this.jobId;
    this.stopPolling();
    runInAction(() => {
      this.phase = 'form';
    });
    if (jobId) void this.api.call('compose.cancel', { jobId }).catch(() => undefined);
  }

  /**
   * Ends the running job early with the best composition so far ("Nu afronden"): the job
   * answers within a moment and the result says what was proven; unlike `cancel`, nothing
   * is thrown away.
   */
  finishNow(): void {
    if (this.phase !== 'running' || this.wrappingUp) return;
    this.wrappingUp = true;
    if (this.jobId) this.askToFinish(this.jobId);
  }

  private askToFinish(jobId: string): void {
    void this.api.call('compose.finishNow', { jobId }).catch(() => undefined);
  }

  backToForm(): void {
    this.phase = 'form';
  }

  /** The dialog closes: nothing may keep running for it. */
  dispose(): void {
    if (this.phase === 'running') this.cancel();
    else this.stopPolling();
  }

  private request(): ApiInput<'compose.start'> {
    const s = this.settings;
    return {
      scenarioId: this.scenarioId,
      objective: s.objective,
      keepMembers: s.keepMembers,
      minHours: s.minHours,
      timeLimitSeconds: s.timeLimitSeconds,
      limits: {
        ...(Number.isFinite(s.maxTeamSize) ? { maxTeamSize: s.maxTeamSize } : {}),
        ...(Number.isFinite(s.maxOrganisationPercent) ? { maxOrganisationShare: s.maxOrganisationPercent / 100 } : {}),
        ...(s.requiredDiscipline ? { requiredDiscipline: s.requiredDiscipline } : {}),
      },
    };
  }

  private schedule(run: number): void {
    this.timer = this.timers.set(() => void this.poll(run), POLL_MS);
  }

  private async poll(run: number): Promise<void> {
    const jobId = this.jobId;
    if (run !== this.run || !jobId) return;
    this.tick();
    try {
      const answer = await this.api.call('compose.poll', { jobId });
      if (run !== this.run) return;
      runInAction(() => {
        // While running, the page's clock may be ahead of an answer that waited; the end is the job's own time.
        this.elapsedMs = answer.state === 'running' ? Math.max(this.elapsedMs, answer.elapsedMs) : answer.elapsedMs;
        if (answer.stage) this.stage = answer.stage;
        if (answer.state === 'done' && answer.result) {
          this.result = answer.result;
          this.phase = 'done';
        } else if (answer.state === 'failed' || answer.state === 'cancelled') {
          this.error = answer.error ?? null;
          this.phase = 'failed';
        }
      });
      if (this.phase === 'running') this.schedule(run);
      else this.jobId = null;
    } catch (error) {
      this.fail(run, error);
    }
  }

  private tick(): void {
    this.elapsedMs = Math.max(this.elapsedMs, this.timers.now() - this.startedAt);
  }

  private startClock(run: number): void {
    const step = () => {
      if (run !== this.run || this.phase !== 'running') return void (this.clock = null);
      this.tick();
      this.clock = this.timers.set(step, CLOCK_MS);
    };
    this.clock = this.timers.set(step, CLOCK_MS);
  }

  private fail(run: number, error: unknown): void {
    if (run !== this.run) return;
    runInAction(() => {
      this.error = errorText(error);
      this.phase = 'failed';
    });
    this.jobId = null;
  }

  private stopPolling(): void {
    this.run += 1;
    if (this.timer !== null) this.timers.clear(this.timer);
    if (this.clock !== null) this.timers.clear(this.clock);
    this.timer = null;
    this.clock = null;
    this.jobId = null;
  }
}
