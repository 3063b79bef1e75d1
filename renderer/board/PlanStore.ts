import {
  action,
  compareShallow,
  compareStructural,
  computed,
  makeObservable,
  observable,
  type ObservableMap,
  observableRef,
  reaction,
  runInAction,
} from 'mobx';
import type { PlanView } from '../../shared/api/entities.js';
import type { Assignment, Professional, Team, TeamFunction } from '../../shared/domain/schemas.js';
import {
  computeCoverage,
  hoursAvailable,
  impactOfLeaving,
  overAllocatedIds,
  whoClosesGaps,
} from '../../shared/engine/index.js';
import type { CoverageReport, FunctionCoverage, GapSuggestion, LeavingImpact } from '../../shared/engine/types.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import type { ApiClient } from '../api/ApiClient.js';
import { markEdit } from '../app/perf.js';
import { withAssignment, withMove } from './planEdits.js';
import { observableTeam, showTeamFields } from './openTeam.js';
import { dropHours } from './suggestedHours.js';
import type { UiStore } from '../app/UiStore.js';
import { dutchOrder } from '../../shared/hr/dutchOrder.js';

/** Resolves in a later task: after the microtasks in which React renders what was just changed. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
const NO_PROFESSIONALS: readonly Professional[] = [];
const NO_FUNCTIONS: readonly TeamFunction[] = [];
const NO_MEMBERS: Assignment[] = [];
const NO_ASSIGNMENTS: readonly Assignment[] = [];
const NO_HOURS: Readonly<Record<string, number>> = {};
const NO_SUGGESTIONS: readonly GapSuggestion[] = [];
/** Candidates shown per gap on the board. */
const CANDIDATES_PER_GAP = 3;

/**
 * The open scenario of a team as one immutable TeamPlan, and everything derived from
 * it. Coverage is computed here by the shared engine - the same code the report CLI
 * runs - so a drop updates the panel without a round trip. Edits replace the plan
 * object (see planEdits.ts); `mutate` saves them optimistically and rolls back.
 */
export class PlanStore {
  view: PlanView | null = null;
  /**
   * The open plan's team, its fields set only where an edit changed them (openTeam.ts): the
   * design screen's parts read the fields they show from it, so choosing a model does not
   * render the function editors, the leader or the consultations again. The same object
   * while the same team is open; null with no plan open.
   */
  openTeam: Team | null = null;
  loading = false;
  readonly freeHours: ObservableMap<string, number> = observable.map(undefined, { deep: false });
  /**
   * Per function: its coverage (as shown, so previews too) and its members, set only where
   * they changed. Shallow maps: the values stay the engine's plain objects.
   */
  readonly laneCoverage: ObservableMap<string, FunctionCoverage> = observable.map(undefined, { deep: false });
  readonly laneMembers: ObservableMap<string, Assignment[]> = observable.map(undefined, { deep: false });

  constructor(
    private readonly api: ApiClient,
    private readonly ui: UiStore,
  ) {
    makeObservable(this, {
      view: observableRef,
      openTeam: observableRef,
      loading: observable,
      plan: computed,
      isOpen: computed,
      openTeamId: computed,
      openScenarioId: computed,
      report: computed,
      previewReport: computed,
      shownReport: computed,
      gapSuggestions: computed,
      leavingImpact: computed,
      professionals: computed,
      functions: computed,
      assignments: computed,
      professionalById: computed,
      functionById: computed,
      hoursElsewhere: computed,
      overAllocatedIds: computed({ equals: compareShallow }),
      assignmentsByFunction: computed,
      freeHoursById: computed,
      // Same functions, same array: the board (and dnd-kit's context under it) need not re-render on every assignment.
      inTeamFunctions: computed({ equals: compareShallow }),
      shellFunctions: computed({ equals: compareShallow }),
      sortedPool: computed,
      organisations: computed,
      disciplines: computed({ equals: compareShallow }),
      setView: action,
      syncFreeHours: action,
      syncLanes: action,
      setPlan: action,
      applyEdit: action,
      close: action,
    });
    // Per-person free hours as an observable map kept in step with the plan, setting only
    // the entries that changed: a pool card observes its own entry, so a drop re-renders
    // the one card whose hours changed instead of the whole pool of 500.
    reaction(
      () => this.freeHoursById,
      (hours) => this.syncFreeHours(hours),
      { fireImmediately: true },
    );
    // The same for the lanes: a drop updates the lane it lands in, not all fifteen.
    reaction(
      () => [this.shownReport, this.assignmentsByFunction] as const,
      ([report, members]) => this.syncLanes(report, members),
      { fireImmediately: true },
    );
  }

  get plan(): TeamPlan | null {
    return this.view?.plan ?? null;
  }

  /** Whether a scenario is open; the app frame observes this rather than the plan, which changes on every edit. */
  get isOpen(): boolean {
    return this.view !== null;
  }

  /**
   * The open team and scenario. Strings, compared by value: the team picker in the header
   * reads these rather than the view, so it does not re-render on every drop.
   */
  get openTeamId(): string | null {
    return this.view?.teamId ?? null;
  }

  get openScenarioId(): string | null {
    return this.view?.scenarioId ?? null;
  }

  get report(): CoverageReport | null {
    return this.plan ? computeCoverage(this.plan) : null;
  }

  /**
   * Coverage as it would be if the dragged person joined the function under the pointer,
   * with the hours the hours dialog offers (or those typed in it once it is open).
   */
  get previewReport(): CoverageReport | null {
    const preview = this.ui.dragPreview;
    const plan = this.plan;
    if (!preview || !plan) return null;
    const hours = preview.hours ?? dropHours(this, preview);
    const next = preview.fromFunctionId
      ? withMove(plan, preview.professionalId, preview.fromFunctionId, preview.functionId, hours)
      : withAssignment(plan, preview.functionId, preview.professionalId, hours);
    return computeCoverage(next);
  }

  get shownReport(): CoverageReport | null {
    return this.previewReport ?? this.report;
  }

  /**
   * Who closes each gap of the coverage on screen (a preview's too), best first. Computed
   * with the coverage it belongs to, in the same render, so the candidates shown are never
   * those of an earlier edit; memoised, so it runs once per plan and report, not once per
   * component that reads it. About 2 ms at 500 people and 15 functions (docs/performance.md).
   */
  get gapSuggestions(): readonly GapSuggestion[] {
    const plan = this.plan;
    const report = this.shownReport;
    if (!plan || !report) return NO_SUGGESTIONS;
    return whoClosesGaps(plan, report, CANDIDATES_PER_GAP, this.hoursElsewhere);
  }

  /** What the team would lose without the member the user points at. */
  get leavingImpact(): LeavingImpact | null {
    const id = this.ui.focusedMemberId;
    if (!id || !this.plan || !this.report?.memberIds.includes(id)) return null;
    return impactOfLeaving(this.plan, id);
  }

  /** The plan's lists by identity: an assignment keeps them, so what derives from them is not recomputed. */
  get professionals(): readonly Professional[] {
    return this.plan?.professionals ?? NO_PROFESSIONALS;
  }

  get functions(): readonly TeamFunction[] {
    return this.plan?.functions ?? NO_FUNCTIONS;
  }

  get assignments(): readonly Assignment[] {
    return this.plan?.assignments ?? NO_ASSIGNMENTS;
  }

  get professionalById(): Map<string, Professional> {
    return new Map(this.professionals.map((p) => [p.id, p]));
  }

  get functionById(): Map<string, TeamFunction> {
    return new Map(this.functions.map((f) => [f.id, f]));
  }

  /** Hours each person already gives to other teams (stays the same object while this scenario is edited). */
  get hoursElsewhere(): Readonly<Record<string, number>> {
    return this.view?.hoursElsewhere ?? NO_HOURS;
  }

  /**
   * Members whose hours here plus in other teams exceed their contract. The engine only
   * sees this plan; a person shared with another team is over-allocated as a person.
   */
  get overAllocatedIds(): string[] {
    return this.report ? overAllocatedIds(this.report, this.hoursElsewhere) : [];
  }

  get assignmentsByFunction(): Map<string, Assignment[]> {
    const map = new Map<string, Assignment[]>();
    for (const a of this.plan?.assignments ?? []) {
      const list = map.get(a.functionId);
      if (list) list.push(a);
      else map.set(a.functionId, [a]);
    }
    return map;
  }

  /**
   * Contract hours not yet given to a function of this scenario or to another team, per
   * professional: the engine's own availability, so the pool and the gap closers agree.
   */
  get freeHoursById(): Map<string, number> {
    const report = this.report;
    if (!report) return new Map();
    const free = hoursAvailable(report, this.hoursElsewhere);
    return new Map(report.professionals.map((load, i) => [load.id, free[i]!]));
  }

  get inTeamFunctions(): TeamFunction[] {
    return (this.plan?.functions ?? []).filter((f) => f.placement === 'team');
  }

  get shellFunctions(): TeamFunction[] {
    return (this.plan?.functions ?? []).filter((f) => f.placement === 'shell');
  }

  /**
   * The pool by name, in the app's one Dutch order (as the professionals list and HR). Only
   * recomputed when people change, not on every assignment (it is 500 names long).
   */
  get sortedPool(): Professional[] {
    return [...this.professionals].sort((a, b) => dutchOrder(a.name, b.name));
  }

  /** The disciplines of the pool, each once (catalogued keys and own ones), for the discipline filters. */
  get disciplines(): string[] {
    return [...new Set(this.professionals.map((p) => p.discipline))];
  }

  get organisations(): string[] {
    const names = new Set(this.professionals.map((p) => p.organisation).filter((o) => o !== ''));
    return [...names].sort(dutchOrder);
  }

  async open(scenarioId: string): Promise<void> {
    runInAction(() => (this.loading = true));
    try {
      const view = await this.api.call('plan.get', { scenarioId });
      this.setView(view);
    } finally {
      runInAction(() => (this.loading = false));
    }
  }

  syncFreeHours(hours: ReadonlyMap<string, number>): void {
    for (const [id, value] of hours) if (this.freeHours.get(id) !== value) this.freeHours.set(id, value);
    for (const id of [...this.freeHours.keys()]) if (!hours.has(id)) this.freeHours.delete(id);
  }

  syncLanes(report: CoverageReport | null, members: ReadonlyMap<string, Assignment[]>): void {
    const functions = report?.functions ?? [];
    for (const f of functions) {
      const old = this.laneCoverage.get(f.id);
      if (!old || !compareStructural(old, f)) this.laneCoverage.set(f.id, f);
      const list = members.get(f.id) ?? NO_MEMBERS;
      const oldList = this.laneMembers.get(f.id);
      if (!oldList || !compareShallow(oldList, list)) this.laneMembers.set(f.id, list);
    }
    const ids = new Set(functions.map((f) => f.id));
    for (const id of [...this.laneCoverage.keys()]) if (!ids.has(id)) this.laneCoverage.delete(id);
    for (const id of [...this.laneMembers.keys()]) if (!ids.has(id)) this.laneMembers.delete(id);
  }

  setView(view: PlanView | null): void {
    this.view = view;
    this.showTeam(view?.plan.team ?? null);
  }

  setPlan(plan: TeamPlan): void {
    if (this.view) this.view = { ...this.view, plan };
    this.showTeam(this.view?.plan.team ?? null);
  }

  /** In the same action as the view, so no render sees the plan and `openTeam` apart. */
  private showTeam(team: Team | null): void {
    if (team === null) this.openTeam = null;
    else if (this.openTeam?.id === team.id) showTeamFields(this.openTeam, team);
    else this.openTeam = observableTeam(team);
  }

  /**
   * The edited plan, and the end of the preview of a confirmed drop (the hours dialog
   * closed, the person is no longer held): one action, so one render shows the result.
   */
  applyEdit(plan: TeamPlan): void {
    this.setPlan(plan);
    if (this.ui.pendingDrop === null) this.ui.setDragPreview(null);
  }

  close(): void {
    this.view = null;
    this.openTeam = null;
  }

  /**
   * Applies an edit at once and saves it. When the store refuses, the plan goes back
   * to what it was (if the user is still on the same scenario) and the error propagates
   * to the undo stack, which shows it as a Dutch toast.
   */
  async mutate<T>(change: (plan: TeamPlan) => TeamPlan, save: () => Promise<T>): Promise<T> {
    const before = this.view;
    markEdit();
    if (before) this.applyEdit(change(before.plan));
    try {
      // Sent in the next task, once React has committed the edit: starting a request costs
      // the browser 1-2 ms at 500 people, which the drop's frame need not wait for.
      await nextTask();
      return await save();
    } catch (error) {
      if (before && this.view?.scenarioId === before.scenarioId) this.setView(before);
      throw error;
    }
  }

  /** For edits whose result the store decides (e.g. a new id): save first, then apply what came back. */
  async saveThenApply<T>(save: () => Promise<T>, change: (plan: TeamPlan, saved: T) => TeamPlan): Promise<T> {
    const scenarioId = this.view?.scenarioId;
    const saved = await save();
    const current = this.view;
    if (current && current.scenarioId === scenarioId) this.setPlan(change(current.plan, saved));
    return saved;
  }
}
