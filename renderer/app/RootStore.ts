import { configure, makeObservable, observable, observableRef, runInAction } from 'mobx';
import type { ApiTransport } from '../../shared/api/client.js';
import type { AppInfo } from '../../shared/api/entities.js';
import { message, type Message } from '../../shared/i18n/message.js';
import { ApiClient, errorText } from '../api/ApiClient.js';
import type { CommandContext, OpenScenario } from './commandContext.js';
import { ExchangeStore } from '../exchange/ExchangeStore.js';
import { HrStore } from '../hr/HrStore.js';
import { CatalogueStore } from '../catalogue/CatalogueStore.js';
import type { KeyValueStorage } from './KeyValueStorage.js';
import { PlanStore } from '../board/PlanStore.js';
import { ProfessionalsStore } from '../people/ProfessionalsStore.js';
import { TeamsStore } from '../design/TeamsStore.js';
import { UiStore } from './UiStore.js';
import { SharingStore } from '../sharing/SharingStore.js';
import { DevelopmentStore } from '../development/DevelopmentStore.js';
import { type Command, UndoStack } from './UndoStack.js';
import { LAST_SCENARIO_KEY } from './startupCalls.js';

// State changes only inside actions: a stray mutation from a component is a bug we want to see.
configure({ enforceActions: 'observed' });

/**
 * The planner's state: domain stores (catalogue, teams, the open plan, the pool), the UI
 * store and the undo stack, all sharing one API client over the injected transport.
 */
export class RootStore implements CommandContext {
  readonly api: ApiClient;
  readonly ui: UiStore;
  readonly catalogue: CatalogueStore;
  readonly teams: TeamsStore;
  readonly plan: PlanStore;
  readonly professionals: ProfessionalsStore;
  readonly undo: UndoStack;
  readonly hr: HrStore;
  readonly exchange: ExchangeStore;
  readonly sharing: SharingStore;
  /** HR's development plan: kept here so a plan made on the HR screen is still there after a visit elsewhere. */
  readonly development: DevelopmentStore;
  /** Set when the first load failed: the app shows it instead of an empty board. */
  startupError: Message | null = null;
  /** What the store reported on opening (app.info), e.g. a damaged file it moved aside. */
  notice: AppInfo['notice'] = null;
  ready = false;
  /** The whole pool for the people and HR screens (`professionals.list`) has arrived; the board needs only `ready`. */
  peopleLoaded = false;

  constructor(
    transport: ApiTransport,
    private readonly storage: KeyValueStorage,
  ) {
    this.api = new ApiClient(transport);
    this.ui = new UiStore(storage);
    this.catalogue = new CatalogueStore(this.api);
    this.teams = new TeamsStore(this.api);
    this.plan = new PlanStore(this.api, this.ui);
    this.professionals = new ProfessionalsStore(this.api);
    this.undo = new UndoStack(
      (error) => this.ui.notify('error', errorText(error)),
      (text) => this.ui.announce(text),
    );
    this.hr = new HrStore(this.api, (kind, text) => this.ui.notify(kind, text));
    this.exchange = new ExchangeStore(this.api, this.teams, (teamIds) => this.afterPlansImported(teamIds));
    this.sharing = new SharingStore(
      this.api,
      (kind, text) => this.ui.notify(kind, text),
      (teamIds) => this.afterPlansImported(teamIds),
    );
    this.development = new DevelopmentStore(this.api, (kind, text) => this.ui.notify(kind, text));
    makeObservable(this, {
      startupError: observableRef,
      notice: observableRef,
      ready: observable,
      peopleLoaded: observable,
    });
  }

  /**
   * Loads catalogue, teams and pool, and reopens the scenario the user had open last (or
   * the first team). The last scenario is asked for at once, beside the other loads rather
   * than after them: with a large pool that saves a whole round trip before the board.
   * `ready` (the board can show) comes before the people screen's own list of the pool;
   * `start` resolves when that list is there too. These are the calls of `startupCalls`
   * (startupCalls.ts): in the app, main.tsx sent them before this code was even loaded,
   * and the transport answers them from there.
   */
  async start(): Promise<void> {
    try {
      const last = this.storage.getItem(LAST_SCENARIO_KEY);
      // A scenario deleted since (or from another data file) fails here; the first team opens instead.
      const lastView = last ? this.api.call('plan.get', { scenarioId: last }).catch(() => null) : null;
      // The people screen's list; the board shows the open plan's own copy of the pool, so
      // it does not wait for this second copy (220 kB at 500 people).
      const people = this.professionals.load().then(() => runInAction(() => (this.peopleLoaded = true)));
      // Awaited below; marked handled now, so a failure while the others fail first is not reported twice.
      people.catch(() => undefined);
      const [info] = await Promise.all([this.api.call('app.info', {}), this.catalogue.load(), this.teams.load()]);
      runInAction(() => (this.notice = info.notice));
      const scenario = last ? this.teams.scenarioById.get(last) : undefined;
      const view = scenario ? await lastView : null;
      if (view) {
        this.plan.setView(view);
        this.ui.restoreLastScreen();
      } else {
        const first = this.teams.teams[0];
        const target = first ? this.teams.mainScenario(first.id) : undefined;
        // Remembered as the last scenario, so a reload (F5) reopens this one and its screen.
        if (target) {
          await this.plan.open(target.id);
          this.storage.setItem(LAST_SCENARIO_KEY, target.id);
        }
      }
      runInAction(() => (this.ready = true));
      await people;
    } catch (error) {
      runInAction(() => (this.startupError = errorText(error)));
    } finally {
      runInAction(() => (this.ready = true));
    }
  }

  /**
   * Opens a scenario. The user switching teams drops the undo history: its commands
   * edit the plan that was open. Commands that open a scenario themselves (creating a
   * team) keep it, and must not wait for the queue they run in. The user opening one
   * hears which (a screen reader; the header's pickers show it).
   */
  async openScenario(scenarioId: string | null, options: { keepHistory?: boolean } = {}): Promise<void> {
    try {
      if (!options.keepHistory) await this.undo.idle();
      if (scenarioId === null) this.plan.close();
      else await this.plan.open(scenarioId);
      if (!options.keepHistory) this.undo.clear();
      if (scenarioId !== null) this.storage.setItem(LAST_SCENARIO_KEY, scenarioId);
      // A command that opens a scenario is announced with its own label (UndoStack).
      const view = this.plan.view;
      if (!options.keepHistory && view) {
        const team = this.teams.byId.get(view.teamId)?.name ?? '';
        this.ui.announce(message('undo.opened', { scenario: view.scenarioName, team }));
      }
    } catch (error) {
      this.ui.notify('error', errorText(error));
    }
  }

  /** `openScenario` for a command that opens a scenario itself: keeps the history, does not wait for the queue. */
  readonly openInCommand: OpenScenario = (scenarioId) => this.openScenario(scenarioId, { keepHistory: true });

  async openTeam(teamId: string): Promise<void> {
    const main = this.teams.mainScenario(teamId);
    if (main) await this.openScenario(main.id);
  }

  /**
   * After team plan files were imported: the team list, the HR overview and, when the
   * open team was replaced, the open plan are read again (its undo history is gone).
   */
  async afterPlansImported(teamIds: readonly string[]): Promise<void> {
    await this.teams.load();
    const open = this.plan.view?.teamId;
    if (open && teamIds.includes(open)) await this.openTeam(open);
    await this.hr.load();
  }

  /** Every edit goes through here: saved at once, undoable, errors shown as a toast. */
  execute(command: Command): Promise<boolean> {
    return this.undo.execute(command);
  }
}
